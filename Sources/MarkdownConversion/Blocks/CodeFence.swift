/// An open fenced code block (```` ``` ```` or `~~~`), as far as a line scanner can tell.
struct CodeFence: Equatable {
    /// How a line relates to an open fence.
    enum LineRole: Equatable {
        /// The line is code inside the block.
        case content
        /// The line is the closing fence.
        case closingFence
        /// The block's container ended before this line; the line is outside the block.
        case outside
    }

    /// The fence character, a backtick or a tilde.
    var character: UInt8
    /// How many fence characters opened the block.
    var length: Int
    /// Block-quote markers before the fence; a line with fewer ends the quote and the block.
    var quoteDepth: Int
    /// Content column of the enclosing list item (0 at top level): a less indented line ends it.
    var containerColumn: Int

    /// The fence opened by `view`, if its line opens one: three or more backticks or tildes after
    /// optional quote markers, a list marker and indentation; for backticks, no backtick after it.
    static func opening(_ view: LineView, inList: Bool) -> CodeFence? {
        let bytes = view.bytes
        let (quoteEnd, depth) = view.afterQuoteMarkers
        let lead = LineView(bytes: bytes, line: SourceLine(start: quoteEnd, end: view.line.end, next: 0))
        var (column, index) = lead.indentation
        var containerColumn = inList && column > 0 ? column : 0
        if let markerEnd = ListMarker.end(in: lead, at: index) {
            let content = LineView(
                bytes: bytes, line: SourceLine(start: markerEnd, end: view.line.end, next: 0))
            let inner = content.indentation
            containerColumn = column + (markerEnd - index) + inner.columns
            column = containerColumn
            index = inner.offset
        } else if column >= 4, !inList, depth == 0 {
            return nil
        }
        guard index < view.line.end else { return nil }
        let character = bytes[index]
        guard character == ASCII.backtick || character == ASCII.tilde else { return nil }
        let start = index
        while index < view.line.end, bytes[index] == character { index += 1 }
        guard index - start >= 3 else { return nil }
        if character == ASCII.backtick, bytes[index..<view.line.end].contains(ASCII.backtick) { return nil }
        return CodeFence(
            character: character, length: index - start, quoteDepth: depth, containerColumn: containerColumn)
    }

    /// The role of `view`, a line after the opening fence.
    func role(of view: LineView) -> LineRole {
        let (quoteEnd, depth) = view.afterQuoteMarkers
        if depth < quoteDepth { return .outside }
        let inner = LineView(
            bytes: view.bytes, line: SourceLine(start: quoteEnd, end: view.line.end, next: 0))
        if inner.isBlank { return .content }
        let (column, offset) = inner.indentation
        if column < containerColumn { return .outside }
        var index = offset
        while index < view.line.end, view.bytes[index] == character { index += 1 }
        guard index - offset >= length else { return .content }
        while index < view.line.end {
            if !ASCII.isSpaceOrTab(view.bytes[index]) { return .content }
            index += 1
        }
        return .closingFence
    }
}
