import TextLayout

/// The bottom row: what is being typed, messages, hints; the position on the right.
enum StatusLineView {
    static func draw(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(row: rect.row, column: rect.column, width: rect.width, height: 1, style: .role("status"))
        let position = positionText(state)
        let positionWidth = DisplayWidth.of(position)
        let room = max(0, rect.width - positionWidth - 2)
        var style = CellStyle.role("status")
        let left: String
        if let search = state.search, search.editing {
            left = "/" + TerminalSafe.sanitize(search.query) + "▏"
        } else if let search = state.librarySearch, search.editing {
            left = "search the library: " + TerminalSafe.sanitize(search.query) + "▏"
        } else if let pending = state.pendingDescription {
            left = TerminalSafe.sanitize(pending)
        } else if let message = state.message {
            left = TerminalSafe.sanitize(message.text)
            if message.isError { style = .role("status.error") }
        } else if let progress = state.librarySearchStatus ?? state.progress {
            left = progress
        } else if state.focus == .list, let path = state.selectedArticle?.path,
            let snippet = state.librarySearch?.snippet(for: path)
        {
            SnippetLine.draw(snippet, row: rect.row, column: rect.column + 1, width: room - 1, into: &buffer)
            left = ""
        } else {
            left =
                state.open != nil
                ? "? help  q close  u links  / search  J/K next/previous"
                : "? help  q quit  Enter read  / search  c filter"
        }
        // A long text (a URL) keeps its end visible: that is the part being typed or read.
        let shown =
            DisplayWidth.of(left) > room && (state.search?.editing ?? false)
            ? tail(left, room) : DisplayWidthShim.truncated(left, to: room)
        if !left.isEmpty {
            buffer.draw(" " + shown, row: rect.row, column: rect.column, style: style, limit: room + 1)
        }
        buffer.draw(
            position, row: rect.row, column: rect.column + rect.width - positionWidth - 1,
            style: .role("status"))
    }

    private static func tail(_ text: String, _ width: Int) -> String {
        var out = ""
        var used = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.insert(character, at: out.startIndex)
            used += w
        }
        return "…" + out
    }

    static func positionText(_ state: ReaderState) -> String {
        if state.focus == .reader, let open = state.open {
            let total = open.rendered.document.lines.count
            let bottom = min(total, open.top + state.readerHeight)
            let percent = total <= state.readerHeight ? 100 : bottom * 100 / max(1, total)
            return "\(open.top + 1)-\(bottom)/\(total) \(percent)%"
        }
        return state.rows.isEmpty ? "0/0" : "\(state.selected + 1)/\(state.rows.count)"
    }
}
