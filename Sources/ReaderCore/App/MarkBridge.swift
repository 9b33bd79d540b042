import ArticleLibrary

/// Connects the reader's marks (by path as scanned) to the saved user state (by canonical path).
public enum MarkBridge {
    /// The marks of `articles` in `state`.
    public static func marks(from state: UserState, articles: [Article]) -> Marks {
        var marks = Marks()
        guard state.count > 0 else { return marks }
        for article in articles {
            let key = ArticleKey.canonical(article.path)
            guard let record = state[key] else { continue }
            if record.read { marks.read.insert(article.path) }
            if record.starred { marks.starred.insert(article.path) }
            if let position = record.position { marks.positions[article.path] = position }
        }
        return marks
    }

    /// The saved form of a change.
    public static func change(_ change: MarkChange) -> UserStateChange {
        switch change {
        case .read(let path, let value): return .read(ArticleKey.canonical(path), value)
        case .starred(let path, let value): return .starred(ArticleKey.canonical(path), value)
        case .position(let path, let position): return .position(ArticleKey.canonical(path), position)
        }
    }

    /// Saves a change atomically (merged with what other Folio processes saved meanwhile).
    public static func save(_ change: MarkChange, to store: UserStateStore) throws {
        try store.apply([self.change(change)])
    }
}
