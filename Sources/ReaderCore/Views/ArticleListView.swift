import ArticleLibrary
import TextLayout

/// The article list: unread and star marks, date, title, source; the selection highlighted.
enum ArticleListView {
    static func draw(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(
            row: rect.row, column: rect.column, width: rect.width, height: rect.height, style: .role("list"))
        guard !state.rows.isEmpty else {
            let text =
                !state.articles.isEmpty
                ? "No article matches; Esc clears the filter and search."
                : state.progress != nil ? "Reading the library…" : "No articles found."
            buffer.draw(
                DisplayWidthShim.truncated(text, to: rect.width - 2), row: rect.row, column: rect.column + 1,
                style: .role("list"))
            return
        }
        for r in 0..<rect.height {
            let index = state.listTop + r
            guard state.rows.indices.contains(index) else { break }
            let article = state.articles[state.rows[index]]
            drawRow(
                article, state: state, focused: index == state.selected, row: rect.row + r, rect: rect,
                into: &buffer)
        }
    }

    private static func drawRow(
        _ article: Article, state: ReaderState, focused: Bool, row: Int, rect: Rect,
        into buffer: inout ScreenBuffer
    ) {
        let unread = !state.marks.read.contains(article.path)
        let base = (focused ? "list.focus" : "list") + (unread ? ".unread" : "")
        let rowStyle = CellStyle.role(base)
        buffer.fill(row: row, column: rect.column, width: rect.width, height: 1, style: rowStyle)
        let part: (String) -> CellStyle = { focused ? rowStyle : .role($0) }
        var column = rect.column
        column = buffer.draw(unread ? "●" : " ", row: row, column: column, style: rowStyle)
        column = buffer.draw(
            state.marks.starred.contains(article.path) ? "★" : " ", row: row, column: column,
            style: part("list.star"))
        column += 1
        let width = rect.width
        if width >= 40 {
            let date = article.date.map(ArticleDate.day) ?? "          "
            column = buffer.draw(date, row: row, column: column, style: part("list.date")) + 1
        }
        let sourceWidth = width >= 60 ? min(16, width / 5) : 0
        let source = TerminalSafe.sanitize(article.categories.first ?? article.author ?? "")
        let titleWidth = rect.column + width - column - (sourceWidth > 0 ? sourceWidth + 1 : 0) - 1
        let title = DisplayWidthShim.truncated(TerminalSafe.sanitize(article.title), to: max(0, titleWidth))
        buffer.draw(title, row: row, column: column, style: rowStyle, limit: max(0, titleWidth))
        if sourceWidth > 0 {
            let text = DisplayWidthShim.truncated(source, to: sourceWidth)
            let start = rect.column + width - 1 - DisplayWidth.of(text)
            buffer.draw(text, row: row, column: start, style: part("list.source"), limit: sourceWidth)
        }
    }
}
