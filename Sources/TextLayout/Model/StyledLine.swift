/// One laid-out line: spans whose display width never exceeds the layout width.
public struct StyledLine: Hashable, Sendable {
    /// The spans, left to right.
    public var spans: [StyledSpan]

    /// Creates a line.
    public init(_ spans: [StyledSpan] = []) {
        self.spans = spans
    }

    /// The line's characters without styles.
    public var text: String {
        spans.map(\.text).joined()
    }

    /// The display width of the line in terminal columns.
    public var width: Int {
        spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// Appends a span, merging it into the last one when the style and link are the same.
    public mutating func append(_ span: StyledSpan) {
        guard !span.text.isEmpty else { return }
        if let last = spans.last, last.style == span.style, last.link == span.link {
            spans[spans.count - 1].text += span.text
        } else {
            spans.append(span)
        }
    }

    /// Whether the spans are as `append` leaves them: none empty, no two neighbours of the
    /// same style and link.
    var isMerged: Bool {
        for index in spans.indices {
            if spans[index].text.isEmpty { return false }
            if index > 0, spans[index - 1].style == spans[index].style,
                spans[index - 1].link == spans[index].link
            {
                return false
            }
        }
        return true
    }

    /// Appends every span of `other`.
    public mutating func append(contentsOf other: StyledLine) {
        for span in other.spans { append(span) }
    }

    /// The line without trailing spaces.
    public func trimmingTrailingSpaces() -> StyledLine {
        var line = self
        while let last = line.spans.last {
            let utf8 = last.text.utf8
            var end = utf8.endIndex
            while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 {
                end = utf8.index(before: end)
            }
            if end == utf8.endIndex { break }
            if end == utf8.startIndex {
                line.spans.removeLast()
                continue
            }
            if utf8[utf8.index(before: end)] < 0x80 {
                // After an ASCII character every trailing space is a character of its own.
                line.spans[line.spans.count - 1].text = String(last.text[..<end])
                break
            }
            let kept = last.text.count - last.text.reversed().prefix { $0 == " " }.count
            if kept == 0 {
                line.spans.removeLast()
                continue
            }
            line.spans[line.spans.count - 1].text = String(last.text.prefix(kept))
            break
        }
        return line
    }
}
