import ArticleLibrary

/// Keys in the windows over the panes: help, links, categories, warnings.
extension ReaderState {
    /// Counts categories and tags for the picker (`c`), once when it opens: counting them on
    /// every key in the picker cost a tenth of a second at 100,000 articles.
    mutating func countCategories() {
        var counts: [String: Int] = [:]
        for article in articles {
            for name in Set(article.categories + article.tags) { counts[name, default: 0] += 1 }
        }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        categoryChoices = [(nil, articles.count)] + sorted.map { ($0.key, $0.value) }
    }

    mutating func handleOverlayKey(_ key: Key) -> [Effect] {
        guard let current = overlay else { return [] }
        let command = keymap.command(for: key, in: .list)
        if command == .quit {
            // "Quit from anywhere" holds over a window too.
            overlay = nil
            return savePosition() + [.quit]
        }
        if key == .escape || key == .character("q") || command == .help && current == .help(top: 0) {
            overlay = nil
            return []
        }
        let delta: Int
        switch command {
        case .down: delta = 1
        case .up: delta = -1
        case .pageDown: delta = max(1, height - 4)
        case .pageUp: delta = -max(1, height - 4)
        case .top: delta = Int.min / 2
        case .bottom: delta = Int.max / 2
        default: delta = 0
        }
        switch current {
        case .help(let top):
            overlay = .help(top: clamp(top + delta, count: keymap.helpLines.count + 4))
        case .warnings(let top):
            if command == .showWarnings {
                overlay = nil
            } else {
                overlay = .warnings(top: clamp(top + delta, count: warnings.count))
            }
        case .links(let selected):
            let links = open?.rendered.document.links ?? []
            let index = clamp(selected + delta, count: links.count)
            overlay = .links(selected: index)
            guard links.indices.contains(index) else { return [] }
            if key == .enter {
                overlay = nil
                return openLink(links[index].number)
            }
            if key == .character("y") {
                message = ("URL: \(links[index].url)", false)
            }
        case .categories(let selected):
            let choices = categoryChoices
            let index = clamp(selected + delta, count: choices.count)
            overlay = .categories(selected: index)
            if key == .enter, choices.indices.contains(index) {
                overlay = nil
                filter = choices[index].name
                refreshRows(keeping: selectedArticle?.path)
                message = (
                    filter.map { "showing \(rows.count) articles in \($0)" } ?? "showing all articles", false
                )
            }
        }
        return []
    }

    private func clamp(_ value: Int, count: Int) -> Int {
        max(0, min(max(0, count - 1), value))
    }

    /// Mouse wheel: scrolls the pane under the pointer.
    mutating func scroll(row: Int, column: Int, delta: Int) {
        let layout = layout
        if let reader = layout.reader, reader.contains(row: row, column: column), var article = open {
            article.top = max(0, min(maximumTop, article.top + delta))
            open = article
        } else if let list = layout.list, list.contains(row: row, column: column), !rows.isEmpty {
            selected = max(0, min(rows.count - 1, selected + delta))
            keepSelectionVisible()
        }
    }

    /// Mouse click: selects a list row (a second click opens it) or focuses the reader.
    mutating func click(row: Int, column: Int) -> [Effect] {
        guard overlay == nil else { return [] }
        let layout = layout
        if let list = layout.list, list.contains(row: row, column: column) {
            let target = listTop + row - list.row
            guard rows.indices.contains(target) else { return [] }
            let again = target == selected && focus == .list
            selected = target
            focus = .list
            return again ? openSelected() : []
        }
        if let reader = layout.reader, reader.contains(row: row, column: column), open != nil {
            focus = .reader
        }
        return []
    }
}
