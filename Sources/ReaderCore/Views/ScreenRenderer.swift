/// Draws the whole screen for a state: the views are pure functions into a buffer.
public enum ScreenRenderer {
    /// The screen for `state`.
    public static func render(_ state: ReaderState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            let text =
                "Terminal too small: \(state.width)×\(state.height) (Folio needs \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight))"
            for (row, chunk) in TextChunks.split(text, width: max(1, state.width)).prefix(state.height)
                .enumerated()
            {
                buffer.draw(chunk, row: row, column: 0, style: .plain)
            }
            return buffer
        }
        let layout = state.layout
        TitleBarView.draw(state, in: layout.title, into: &buffer)
        if let list = layout.list { ArticleListView.draw(state, in: list, into: &buffer) }
        if let separator = layout.separator {
            let vertical = separator.width == 1 && separator.height > 1
            for r in 0..<separator.height {
                for c in 0..<separator.width {
                    buffer.draw(
                        vertical ? "│" : "─", row: separator.row + r, column: separator.column + c,
                        style: .role("separator"))
                }
            }
        }
        if let reader = layout.reader { ReaderView.draw(state, in: reader, into: &buffer) }
        StatusLineView.draw(state, in: layout.status, into: &buffer)
        if let overlay = state.overlay { OverlayView.draw(overlay, state: state, into: &buffer) }
        return buffer
    }
}

/// Splits text into pieces no wider than a width (for plain messages).
enum TextChunks {
    static func split(_ text: String, width: Int) -> [String] {
        var chunks: [String] = []
        var current = ""
        var currentWidth = 0
        for character in text {
            let w = DisplayWidthShim.of(character)
            if currentWidth + w > width, !current.isEmpty {
                chunks.append(current)
                current = ""
                currentWidth = 0
            }
            current.append(character)
            currentWidth += w
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}
