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

    /// Appends source text with whitespace collapsing. Runs of text whose only whitespace is
    /// single spaces between words are copied in one piece.
    mutating func appendCollapsing(_ source: String, style: SpanStyle, link: Int?) {
        var scratch = source
        scratch.withUTF8 { bytes in
            let utf8 = source.utf8
            func piece(_ start: Int, _ end: Int) -> Substring {
                // Offsets at ASCII whitespace or the ends are scalar boundaries.
                source[
                    utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
            }
            var chunkStart: Int?
            var index = 0
            let end = bytes.count
            while index != end {
                let byte = bytes[index]
                guard InlineCollector.isSpace(byte) else {
                    if chunkStart == nil { chunkStart = index }
                    index &+= 1
                    continue
                }
                var runEnd = index &+ 1
                var breaks = byte == 0x0A || byte == 0x0D
                var single = byte == 0x20
                while runEnd != end, InlineCollector.isSpace(bytes[runEnd]) {
                    let next = bytes[runEnd]
                    if next == 0x0A || next == 0x0D { breaks = true }
                    single = false
                    runEnd &+= 1
                }
                if single, chunkStart != nil, runEnd != end {
                    index = runEnd
                    continue
                }
                if let start = chunkStart {
                    emit(piece(start, index), style: style, link: link)
                    chunkStart = nil
                }
                if !pendingSpace {
                    pendingStyle = style
                    pendingLink = link
                }
                pendingSpace = true
                if breaks { pendingSegmentBreak = true }
                index = runEnd
            }
            if let start = chunkStart { emit(piece(start, end), style: style, link: link) }
        }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
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
        self = InlineCollector()  // first, so that trimming does not copy the text
        result.trimTrailingWhitespace()
        return result
    }

    private mutating func emit(_ word: Substring, style: SpanStyle, link: Int?) {
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
