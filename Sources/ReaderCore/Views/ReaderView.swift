import TextLayout

/// The reader pane: the laid-out article from its top line, links and matches highlighted.
enum ReaderView {
    static func draw(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(row: rect.row, column: rect.column, width: rect.width, height: rect.height, style: .plain)
        guard let open = state.open else {
            if state.loading != nil {
                buffer.draw("Loading…", row: rect.row, column: rect.column + 1, style: .role("dim"))
            }
            return
        }
        let lines = open.rendered.document.lines
        let left = rect.column + 1
        let textWidth = max(1, rect.width - 2)
        let search = state.search?.pane == .reader ? state.search : nil
        for r in 0..<rect.height {
            let index = open.top + r
            guard lines.indices.contains(index) else { break }
            let row = rect.row + r
            buffer.draw(lines[index], row: row, column: left, limit: textWidth) { span, _ in
                if let focused = open.focusedLink, span.link == focused { return "link.focus" }
                return nil
            }
            guard let search else { continue }
            for (number, match) in search.matches.enumerated() where match.line == index {
                let columns = columnRange(of: match.range, in: lines[index].text)
                buffer.setOverlay(
                    number == search.current ? "search.current" : "search.match", row: row,
                    columns: (left + columns.lowerBound)..<(left + columns.upperBound))
            }
        }
    }

    /// The columns a range of characters covers in a line.
    static func columnRange(of range: Range<Int>, in text: String) -> Range<Int> {
        var column = 0
        var start = 0
        for (offset, character) in text.enumerated() {
            if offset == range.lowerBound { start = column }
            if offset == range.upperBound { return start..<column }
            column += DisplayWidth.of(character)
        }
        if range.lowerBound >= text.count { start = column }
        return start..<column
    }
}
