import TextLayout

/// The top row: library, counts, filter, search and sort.
enum TitleBarView {
    static func draw(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(row: rect.row, column: rect.column, width: rect.width, height: 1, style: .role("title"))
        var parts = ["Folio", TerminalSafe.sanitize(state.libraryName)]
        parts.append(
            state.libraryComplete
                ? "\(state.articles.count) articles, \(state.unreadCount) unread" : "loading the library…")
        if let filter = state.filter { parts.append("filter: \(TerminalSafe.sanitize(filter))") }
        if let search = state.search, search.pane == .list, !search.query.isEmpty {
            parts.append("search: \(TerminalSafe.sanitize(search.query)) (\(state.rows.count))")
        }
        if let results = state.librarySearch?.results {
            let count = state.rows.count
            let noun = results.limited ? "best results" : count == 1 ? "result" : "results"
            parts.append("search: \(TerminalSafe.sanitize(results.query)) — \(count) \(noun)")
            parts.append("by relevance")
        } else {
            parts.append("by \(state.sort.rawValue)")
        }
        var text = " " + parts.joined(separator: " │ ")
        if DisplayWidth.of(text) > rect.width, state.librarySearch?.results != nil {
            parts.remove(at: 2)  // the counts give way to the search's own
            text = " " + parts.joined(separator: " │ ")
        }
        buffer.draw(
            DisplayWidthShim.truncated(text, to: rect.width), row: rect.row, column: rect.column,
            style: .role("title"))
    }
}
