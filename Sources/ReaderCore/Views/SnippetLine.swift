import ArticleLibrary
import TextLayout

/// A search hit's snippet on one line, its matched parts highlighted.
enum SnippetLine {
    /// Draws `snippet` from a position, cut to `width` columns with an ellipsis.
    static func draw(
        _ snippet: SearchSnippet, row: Int, column: Int, width: Int, into buffer: inout ScreenBuffer
    ) {
        guard width > 0 else { return }
        var parts: [(text: String, match: Bool)] = []
        var position = snippet.text.startIndex
        for match in snippet.matches {
            parts.append((String(snippet.text[position..<match.lowerBound]), false))
            parts.append((String(snippet.text[match]), true))
            position = match.upperBound
        }
        parts.append((String(snippet.text[position...]), false))
        let end = column + width
        var at = column
        for part in parts {
            let text = TerminalSafe.sanitize(part.text)
            let room = end - at
            guard room > 0 else { break }
            let fits = DisplayWidth.of(text) <= room
            let shown = fits ? text : DisplayWidthShim.truncated(text, to: room)
            at = buffer.draw(
                shown, row: row, column: at,
                style: CellStyle(role: "status", overlay: part.match ? "search.match" : nil), limit: room)
            if !fits { break }
        }
    }
}
