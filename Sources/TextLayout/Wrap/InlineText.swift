/// Styled inline content before wrapping: one string and the style runs over it.
///
/// Whitespace is already collapsed as HTML does outside `pre`; a `\n` is a forced line break.
public struct InlineText: Hashable, Sendable {
    /// A style run ending at a UTF-8 offset of `text`.
    public struct Run: Hashable, Sendable {
        /// The UTF-8 offset where the run ends (exclusive).
        public var end: Int
        /// The run's roles.
        public var style: SpanStyle
        /// The link the run belongs to.
        public var link: Int?
    }

    /// The characters.
    public private(set) var text = ""
    /// The runs, in order, covering `text` exactly.
    public private(set) var runs: [Run] = []

    /// Creates empty content.
    public init() {}

    /// Creates content of one style.
    public init(_ text: String, style: SpanStyle = [], link: Int? = nil) {
        append(text, style: style, link: link)
    }

    /// Whether there are no characters.
    public var isEmpty: Bool { text.isEmpty }

    /// Appends characters exactly as given, in one style.
    public mutating func append(_ piece: some StringProtocol, style: SpanStyle = [], link: Int? = nil) {
        guard !piece.isEmpty else { return }
        if runs.isEmpty {
            // Room for a typical paragraph at once instead of doubling from a few bytes.
            text.reserveCapacity(max(256, piece.utf8.count))
            runs.reserveCapacity(8)
        }
        text += piece
        let end = text.utf8.count
        if let last = runs.last, last.style == style, last.link == link {
            runs[runs.count - 1].end = end
        } else {
            runs.append(Run(end: end, style: style, link: link))
        }
    }

    /// Appends every run of `other`.
    public mutating func append(_ other: InlineText) {
        var start = other.text.utf8.startIndex
        for run in other.runs {
            let end = other.text.utf8.index(other.text.utf8.startIndex, offsetBy: run.end)
            append(String(other.text[start..<end]), style: run.style, link: run.link)
            start = end
        }
    }

    /// The last character, if any.
    public var lastCharacter: Character? { text.last }

    /// Removes trailing spaces and line breaks.
    public mutating func trimTrailingWhitespace() {
        var count = 0
        for byte in text.utf8.reversed() {
            guard byte == 0x20 || byte == 0x0A else { break }
            count += 1
        }
        guard count > 0 else { return }
        text.removeLast(count)
        let end = text.utf8.count
        while runs.count > 1, runs[runs.count - 2].end >= end { runs.removeLast() }
        if text.isEmpty {
            runs.removeAll()
        } else if !runs.isEmpty {
            runs[runs.count - 1].end = end
        }
    }

    /// The spans covering the UTF-8 range `start..<end` of `text`.
    func spans(from start: Int, to end: Int) -> [StyledSpan] {
        guard start < end else { return [] }
        var spans: [StyledSpan] = []
        let utf8 = text.utf8
        // The first run ending after `start` (runs end in increasing order).
        var low = 0
        var high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if runs[mid].end <= start { low = mid + 1 } else { high = mid }
        }
        var runStart = low > 0 ? runs[low - 1].end : 0
        var last = low
        while last < runs.count - 1, runs[last].end < end { last += 1 }
        spans.reserveCapacity(last - low + 1)
        for run in runs[low...] {
            defer { runStart = run.end }
            guard run.end > start else { continue }
            if runStart >= end { break }
            let from = max(runStart, start)
            let to = min(run.end, end)
            guard from < to else { continue }
            let a = utf8.index(utf8.startIndex, offsetBy: from)
            let b = utf8.index(utf8.startIndex, offsetBy: to)
            spans.append(StyledSpan(String(text[a..<b]), style: run.style, link: run.link))
        }
        return spans
    }
}
