/// Builds `InlineText` from HTML text nodes, collapsing whitespace as browsers do.
///
/// Runs of HTML whitespace become one space; whitespace at the start of the content or of a
/// forced line is dropped; a line break in the source between two East Asian wide characters
/// (not Hangul) disappears entirely (CSS Text: segment break transformation), so Chinese
/// text broken over source lines does not gain spaces.
struct InlineCollector {
    private(set) var content = InlineText()
    private var pendingSpace = false
    private var pendingSegmentBreak = false
    private var pendingStyle: SpanStyle = []
    private var pendingLink: Int?

    var isEmpty: Bool { content.isEmpty }

    /// Appends source text with whitespace collapsing.
    mutating func appendCollapsing(_ source: String, style: SpanStyle, link: Int?) {
        var word = ""
        for scalar in source.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{0C}":
                if !word.isEmpty {
                    emit(word, style: style, link: link)
                    word = ""
                }
                if !pendingSpace {
                    pendingStyle = style
                    pendingLink = link
                }
                pendingSpace = true
                if scalar == "\n" || scalar == "\r" { pendingSegmentBreak = true }
            default:
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { emit(word, style: style, link: link) }
    }

    /// Appends text as is (preformatted, markers, placeholders); no collapsing inside it.
    mutating func appendVerbatim(_ text: String, style: SpanStyle, link: Int?) {
        guard !text.isEmpty else { return }
        flushSpace(before: text.unicodeScalars.first)
        content.append(text, style: style, link: link)
    }

    /// A forced line break (`<br>`).
    mutating func lineBreak(style: SpanStyle) {
        pendingSpace = false
        pendingSegmentBreak = false
        content.append("\n", style: [], link: nil)
    }

    /// Takes the content collected so far, trailing whitespace removed, and starts afresh.
    mutating func take() -> InlineText {
        var result = content
        result.trimTrailingWhitespace()
        self = InlineCollector()
        return result
    }

    private mutating func emit(_ word: String, style: SpanStyle, link: Int?) {
        flushSpace(before: word.unicodeScalars.first)
        content.append(word, style: style, link: link)
    }

    private mutating func flushSpace(before next: Unicode.Scalar?) {
        defer {
            pendingSpace = false
            pendingSegmentBreak = false
        }
        guard pendingSpace, let last = content.text.unicodeScalars.last, last != "\n", last != " " else {
            return
        }
        if pendingSegmentBreak, let next, isWideNonHangul(last), isWideNonHangul(next) { return }
        // The space keeps only the roles the text on both sides shares.
        let link = pendingLink == content.runs.last?.link ? pendingLink : nil
        content.append(" ", style: pendingStyle.intersection(content.runs.last?.style ?? []), link: link)
    }

    private func isWideNonHangul(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0x1100...0x11FF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0x3130...0x318F).contains(v) {
            return false
        }
        return DisplayWidth.of(scalar) == 2
    }
}
