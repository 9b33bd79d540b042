/// Which lines cmark converts and which are shown as plain text, with the notices that explain it.
struct ConversionPlan: Equatable {
    /// The document's lines in order, grouped into segments.
    var segments: [PlanSegment] = []
    /// Notices for the reader, in source order.
    var notices: [String] = []

    /// Appends `line` to the Markdown segment, extending the last one if it is Markdown.
    mutating func appendMarkdown(_ line: Int) {
        if case .markdown(let range)? = segments.last, range.upperBound == line {
            segments[segments.count - 1] = .markdown(range.lowerBound..<line + 1)
        } else {
            segments.append(.markdown(line..<line + 1))
        }
    }

    /// Appends `lines` given to cmark as one segment, merging with a preceding Markdown segment.
    mutating func appendMarkdown(_ lines: Range<Int>) {
        guard !lines.isEmpty else { return }
        if case .markdown(let range)? = segments.last, range.upperBound == lines.lowerBound {
            segments[segments.count - 1] = .markdown(range.lowerBound..<lines.upperBound)
        } else {
            segments.append(.markdown(lines))
        }
    }
}
