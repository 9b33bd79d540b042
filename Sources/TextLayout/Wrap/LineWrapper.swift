/// Wraps inline content into lines no wider than a width, by the Unicode line breaking
/// algorithm with Folio's CJK tailoring.
///
/// Greedy: each segment between two break opportunities goes on the current line when it
/// fits (its trailing spaces do not count at the end of a line), else starts the next one.
/// A segment wider than a whole line (a long URL, a run without opportunities) is cut
/// between grapheme clusters, never inside one, and never so that a line starts with
/// closing punctuation or ends with opening punctuation when a cluster can move instead.
public struct LineWrapper: Sendable {
    private let breaker = LineBreaker(tailoring: .cjk)

    /// Creates a wrapper.
    public init() {}

    /// The lines of `content` at `width` columns (at least 1); a `\n` forces a line end, and
    /// an empty forced line is an empty line.
    public func wrap(_ content: InlineText, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        forEachLine(content.text, width: max(1, width)) { start, end in
            lines.append(StyledLine(content.spans(from: start, to: end)))
        }
        return lines
    }

    /// The widest line `content` has when nothing wraps.
    public func naturalWidth(_ content: InlineText) -> Int {
        content.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
            max($0, DisplayWidth.of($1))
        }
    }

    /// The widest segment between break opportunities: the narrowest width that wraps
    /// without cutting a word.
    public func minimumWidth(_ content: InlineText) -> Int {
        var widest = 0
        var start = content.text.startIndex
        breaker.forEachOpportunity(in: content.text) { index, _ in
            widest = max(widest, contentWidth(content.text[start..<index]))
            start = index
        }
        return widest
    }

    /// Calls `body` with the UTF-8 range of each line.
    func forEachLine(_ text: String, width: Int, _ body: (Int, Int) -> Void) {
        guard !text.isEmpty else { return }
        var lineStart = text.startIndex
        var contentEnd = text.startIndex
        var lineWidth = 0
        var segmentStart = text.startIndex
        let utf8 = text.utf8

        func offset(_ index: String.Index) -> Int { utf8.distance(from: utf8.startIndex, to: index) }
        func emit() {
            body(offset(lineStart), offset(contentEnd))
        }

        breaker.forEachOpportunity(in: text) { index, kind in
            let segment = text[segmentStart..<index]
            let trimmedEnd = endWithoutTrailingSpace(segment)
            let visible = DisplayWidth.of(segment[segment.startIndex..<trimmedEnd])
            let full =
                visible + segment.utf8.distance(from: trimmedEnd, to: segment.endIndex)
                - newlineCount(segment)
            if lineWidth > 0, lineWidth + visible > width {
                emit()
                lineStart = segmentStart
                contentEnd = segmentStart
                lineWidth = 0
            }
            if visible > width - lineWidth {
                // Only a segment alone on its line can get here: cut it into line-wide pieces.
                var pieceStart = segmentStart
                for cut in HardCut.cuts(in: text[segmentStart..<trimmedEnd], width: width, breaker: breaker) {
                    body(offset(lineStart), offset(cut))
                    lineStart = cut
                    pieceStart = cut
                }
                lineWidth = DisplayWidth.of(text[pieceStart..<trimmedEnd])
                contentEnd = trimmedEnd
                lineWidth += full - visible
            } else {
                lineWidth += full
                contentEnd = trimmedEnd
            }
            segmentStart = index
            if kind == .mandatory {
                emit()
                lineStart = index
                contentEnd = index
                lineWidth = 0
            }
        }
    }

    private func endWithoutTrailingSpace(_ segment: Substring) -> String.Index {
        var end = segment.endIndex
        while end > segment.startIndex {
            let before = segment.utf8.index(before: end)
            let byte = segment.utf8[before]
            guard byte == 0x20 || byte == 0x0A else { break }
            end = before
        }
        return end
    }

    private func newlineCount(_ segment: Substring) -> Int {
        segment.utf8.last == 0x0A ? 1 : 0
    }

    private func contentWidth(_ segment: Substring) -> Int {
        DisplayWidth.of(segment[segment.startIndex..<endWithoutTrailingSpace(segment)])
    }
}
