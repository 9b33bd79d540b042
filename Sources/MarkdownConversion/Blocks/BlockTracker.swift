/// Classifies lines one after another, following cmark's rules for fenced code and raw HTML blocks.
///
/// Containers (quotes, lists) are tracked only as far as fences need; raw HTML blocks are found
/// at the top level only. Where unsure it answers `.inline`, the kind that the guards count.
struct BlockTracker {
    private var fence: CodeFence?
    private var htmlBlock: HTMLBlock?
    private var inList = false
    private var previous: LineKind = .blank

    /// The kind of `view`, the line after the previously classified one.
    mutating func classify(_ view: LineView) -> LineKind {
        let kind = kindOf(view)
        previous = kind
        return kind
    }

    private mutating func kindOf(_ view: LineView) -> LineKind {
        if let open = fence {
            switch open.role(of: view) {
            case .content: return .fencedCode
            case .closingFence:
                fence = nil
                return .fencedCode
            case .outside: fence = nil
            }
        }
        if let block = htmlBlock {
            if block == .untilBlankLine, view.isBlank {
                htmlBlock = nil
            } else {
                if block.isEnded(by: view) { htmlBlock = nil }
                return .html
            }
        }
        if view.isBlank { return .blank }
        updateListState(view)
        if let opened = CodeFence.opening(view, inList: inList) {
            fence = opened
            return .fencedCode
        }
        if let block = HTMLBlock.starting(view, interruptsParagraph: previous == .inline) {
            htmlBlock = block == .untilBlankLine || !block.isEnded(by: view) ? block : nil
            return .html
        }
        if view.indentation.columns >= 4, !inList, previous == .blank || previous == .indentedCode {
            return .indentedCode
        }
        return .inline
    }

    private mutating func updateListState(_ view: LineView) {
        let (quoteEnd, _) = view.afterQuoteMarkers
        let lead = LineView(bytes: view.bytes, line: SourceLine(start: quoteEnd, end: view.line.end, next: 0))
        let (columns, offset) = lead.indentation
        if columns < 4, ListMarker.end(in: lead, at: offset) != nil {
            inList = true
        } else if columns == 0, previous == .blank {
            inList = false
        }
    }
}
