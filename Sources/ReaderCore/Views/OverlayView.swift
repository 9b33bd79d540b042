import TextLayout

/// Windows over the panes: help, the link list, the category picker, the warnings.
enum OverlayView {
    static func draw(_ overlay: Overlay, state: ReaderState, into buffer: inout ScreenBuffer) {
        let content: (title: String, lines: [(String, CellStyle)], selected: Int?, top: Int)
        switch overlay {
        case .help(let top):
            content = ("Keys (Esc closes)", helpLines(state.keymap), nil, top)
        case .warnings(let top):
            let lines =
                state.warnings.isEmpty
                ? [("No warnings.", CellStyle.plain)]
                : state.warnings.map { (TerminalSafe.sanitize($0.description), CellStyle.plain) }
            content = ("Library warnings (\(state.warnings.count))", lines, nil, top)
        case .links(let selected):
            let links = state.open?.rendered.document.links ?? []
            let lines = links.map { link in
                (
                    "[\(link.number)] \(TerminalSafe.sanitize(link.text)) — \(TerminalSafe.sanitize(link.url))",
                    CellStyle.plain
                )
            }
            content = ("Links (Enter opens, y shows the URL)", lines, selected, 0)
        case .categories(let selected):
            let lines = state.categoryChoices.map { choice in
                (
                    "\(TerminalSafe.sanitize(choice.name ?? "All articles"))  (\(choice.count))",
                    CellStyle.plain
                )
            }
            content = ("Filter by category or tag", lines, selected, 0)
        }
        let width = min(
            state.width - 2, max(30, min(90, (content.lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 4)))
        let height = min(state.height - 2, content.lines.count + 2)
        let rect = Rect(
            row: (state.height - height) / 2, column: (state.width - width) / 2, width: width, height: height)
        drawBox(rect, title: content.title, into: &buffer)
        let inner = max(0, height - 2)
        var top = content.top
        if let selected = content.selected {
            top = max(0, min(selected - inner / 2, content.lines.count - inner))
        }
        top = max(0, min(top, max(0, content.lines.count - inner)))
        for r in 0..<inner {
            let index = top + r
            guard content.lines.indices.contains(index) else { break }
            let style = index == content.selected ? CellStyle.role("list.focus") : content.lines[index].1
            if index == content.selected {
                buffer.fill(
                    row: rect.row + 1 + r, column: rect.column + 1, width: width - 2, height: 1, style: style)
            }
            buffer.draw(
                DisplayWidthShim.truncated(content.lines[index].0, to: width - 4), row: rect.row + 1 + r,
                column: rect.column + 2, style: style)
        }
    }

    private static func helpLines(_ keymap: Keymap) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = []
        for context in KeyContext.allCases {
            let entries = keymap.helpLines.filter { $0.context == context }
            guard !entries.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", .plain)) }
            lines.append(
                (
                    [KeyContext.global: "Everywhere", .list: "In the list", .reader: "In the reader"][context]
                        ?? "", CellStyle.role("help.key")
                ))
            for entry in entries {
                lines.append(("  " + DisplayWidthShim.fitted(entry.keys, to: 16) + entry.help, .plain))
            }
        }
        lines.append(("", .plain))
        lines.append(("In the reader, digits then Enter open that link.", .plain))
        lines.append(("Library search (S): words, \"a phrase\", tag:X, category:X,", .plain))
        lines.append(("author:X, after:2022-01-01, before:2023-01-01.", .plain))
        lines.append(("S again edits the query (C-u clears it); Esc returns to the list.", .plain))
        return lines
    }

    private static func drawBox(_ rect: Rect, title: String, into buffer: inout ScreenBuffer) {
        let style = CellStyle.role("overlay")
        buffer.fill(row: rect.row, column: rect.column, width: rect.width, height: rect.height, style: style)
        let horizontal = String(repeating: "─", count: max(0, rect.width - 2))
        buffer.draw("┌" + horizontal + "┐", row: rect.row, column: rect.column, style: style)
        for r in 1..<max(1, rect.height - 1) {
            buffer.draw("│", row: rect.row + r, column: rect.column, style: style)
            buffer.draw("│", row: rect.row + r, column: rect.column + rect.width - 1, style: style)
        }
        buffer.draw(
            "└" + horizontal + "┘", row: rect.row + rect.height - 1, column: rect.column, style: style)
        buffer.draw(
            " " + DisplayWidthShim.truncated(title, to: rect.width - 6) + " ", row: rect.row,
            column: rect.column + 2, style: .role("help.key"))
    }
}
