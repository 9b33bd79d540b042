import ArticleLibrary

extension MarkBridge {
    /// The marks of `articles` in `state`, looked up from the state's side with one `realpath`
    /// per folder holding articles rather than one per article (at 100,000 articles that is
    /// about half a second saved before the first screen). The same as `marks(from:articles:)`
    /// except for articles that are symbolic links themselves, filed under their target's path:
    /// finding those needs `marks(from:articles:)`, which the reader runs in the background.
    public static func folderMarks(from state: UserState, articles: [Article]) -> Marks {
        var marks = Marks()
        guard state.count > 0 else { return marks }
        var folders = Set<Substring>()
        for article in articles { folders.insert(folderPrefix(of: article.path)) }
        var given: [String: [Substring]] = [:]
        for prefix in folders {
            given[ArticleKey.canonical(prefix.isEmpty ? "." : String(prefix)), default: []].append(prefix)
        }
        for (key, record) in state.records {
            let prefix = folderPrefix(of: key)
            let folder = prefix.count > 1 ? String(prefix.dropLast()) : String(prefix)
            guard let prefixes = given[folder] else { continue }
            let name = key[prefix.endIndex...]
            for prefix in prefixes {
                let path = String(prefix + name)
                if record.read { marks.read.insert(path) }
                if record.starred { marks.starred.insert(path) }
                if let position = record.position { marks.positions[path] = position }
            }
        }
        return marks
    }

    /// `path` up to and including its last `/` (empty when it has none).
    private static func folderPrefix(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[...slash]
    }
}
