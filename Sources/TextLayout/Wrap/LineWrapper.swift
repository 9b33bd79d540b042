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
        wrap(content, width: width, measuringWith: ParagraphMetrics())
    }

    /// `wrap(_:width:)` measuring with `metrics`, which a caller wrapping many paragraphs
    /// keeps (its buffers are reused).
    func wrap(_ content: InlineText, width: Int, measuringWith metrics: ParagraphMetrics) -> [StyledLine] {
        var lines: [StyledLine] = []
        forEachLine(content.text, width: max(1, width), metrics: metrics) { start, end in
            lines.append(StyledLine(content.spans(from: start, to: end)))
        }
        return lines
    }

    /// The widest line `content` has when nothing wraps.
    public func naturalWidth(_ content: InlineText) -> Int {
        let text = content.text
        guard !text.utf8.contains(0x0D) else {  // CR LF is one character: split by characters
            return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
                max($0, DisplayWidth.of($1))
            }
        }
        var widest = 0
        var start = text.startIndex
        while let end = text.utf8[start...].firstIndex(of: 0x0A) {
            widest = max(widest, DisplayWidth.of(text[start..<end]))
            start = text.utf8.index(after: end)
        }
        return max(widest, DisplayWidth.of(text[start...]))
    }

    /// The widest segment between break opportunities: the narrowest width that wraps
    /// without cutting a word.
    public func minimumWidth(_ content: InlineText) -> Int {
        minimumWidth(content, measuringWith: ParagraphMetrics())
    }

    /// `minimumWidth(_:)` measuring with `metrics`, whose buffers a caller measuring many
    /// cells keeps; segments are measured as the wrapper measures them.
    func minimumWidth(_ content: InlineText, measuringWith metrics: ParagraphMetrics) -> Int {
        guard !content.text.isEmpty else { return 0 }
        metrics.measure(content.text, breaker: breaker)
        var widest = 0
        var start = 0
        withExtendedLifetime(metrics) {
            let classes = metrics.lineBreakClasses
            LineBreakRules.apply(classes, tailoring: breaker.tailoring) { index, _ in
                var end = index
                // SP is U+0020 alone and LF U+000A alone (LineBreak.txt).
                while end > start, classes[end - 1] == .SP || classes[end - 1] == .LF { end -= 1 }
                widest = max(widest, metrics.width(start, end))
                start = index
            }
        }
        return widest
    }

    /// Calls `body` with the UTF-8 range of each line.
    func forEachLine(_ text: String, width: Int, metrics: ParagraphMetrics, _ body: (Int, Int) -> Void) {
        guard !text.isEmpty else { return }
        metrics.measure(text, breaker: breaker)
        var lineStart = 0
        var contentEnd = 0
        var lineWidth = 0
        var segmentStart = 0

        func emit(_ start: Int, _ end: Int) { body(metrics.utf8Offset(start), metrics.utf8Offset(end)) }

        withExtendedLifetime(metrics) {
            let buffer = metrics.lineBreakClasses
            LineBreakRules.apply(buffer, tailoring: breaker.tailoring) { index, kind in
                var trimmedEnd = index
                var trailingSpaces = 0
                // SP is U+0020 alone and LF U+000A alone (LineBreak.txt).
                while trimmedEnd > segmentStart,
                    buffer[trimmedEnd - 1] == .SP || buffer[trimmedEnd - 1] == .LF
                {
                    if buffer[trimmedEnd - 1] == .SP { trailingSpaces += 1 }
                    trimmedEnd -= 1
                }
                let visible = metrics.width(segmentStart, trimmedEnd)
                if lineWidth > 0, lineWidth + visible > width {
                    emit(lineStart, contentEnd)
                    lineStart = segmentStart
                    contentEnd = segmentStart
                    lineWidth = 0
                }
                if visible > width - lineWidth {
                    // Only a segment alone on its line can get here: cut it into line-wide pieces.
                    let utf8 = text.utf8
                    let from = utf8.index(utf8.startIndex, offsetBy: metrics.utf8Offset(segmentStart))
                    let to = utf8.index(utf8.startIndex, offsetBy: metrics.utf8Offset(trimmedEnd))
                    for cut in HardCut.cuts(in: text[from..<to], width: width, breaker: breaker) {
                        let cutScalar = metrics.scalarIndex(
                            atUTF8: utf8.distance(from: utf8.startIndex, to: cut))
                        emit(lineStart, cutScalar)
                        lineStart = cutScalar
                    }
                    lineWidth = metrics.width(lineStart, trimmedEnd) + trailingSpaces
                } else {
                    lineWidth += visible + trailingSpaces
                }
                contentEnd = trimmedEnd
                segmentStart = index
                if kind == .mandatory {
                    emit(lineStart, contentEnd)
                    lineStart = index
                    contentEnd = index
                    lineWidth = 0
                }
            }
        }
    }
}
