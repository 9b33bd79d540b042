/// Escaped plain-text paragraphs for lines that are not given to cmark.
enum PlainTextHTML {
    /// The class on every plain-text paragraph, so the layout may style it.
    static let openTag = Array("<p class=\"folio-plain\">".utf8)
    private static let closeTag = Array("</p>".utf8)

    /// Appends one paragraph holding `lines` joined by newlines, as an HTML block cmark copies:
    /// a blank line before and after, so it neither joins nor swallows neighbouring Markdown.
    static func appendBlock(_ lines: ArraySlice<SourceLine>, of bytes: [UInt8], to out: inout [UInt8]) {
        out.append(ASCII.lineFeed)
        appendParagraph(lines, of: bytes, to: &out)
        out.append(ASCII.lineFeed)
    }

    /// Appends `lines` as paragraphs split at blank lines, for HTML after cmark's output.
    static func appendTail(_ lines: ArraySlice<SourceLine>, of bytes: [UInt8], to out: inout [UInt8]) {
        var paragraphStart: Int?
        for index in lines.indices {
            let blank = LineView(bytes: bytes, line: lines[index]).isBlank
            if blank, let start = paragraphStart {
                appendParagraph(lines[start..<index], of: bytes, to: &out)
                paragraphStart = nil
            } else if !blank, paragraphStart == nil {
                paragraphStart = index
            }
        }
        if let start = paragraphStart { appendParagraph(lines[start..<lines.endIndex], of: bytes, to: &out) }
    }

    private static func appendParagraph(
        _ lines: ArraySlice<SourceLine>, of bytes: [UInt8], to out: inout [UInt8]
    ) {
        out.append(contentsOf: openTag)
        for (position, line) in lines.enumerated() {
            if position > 0 { out.append(ASCII.lineFeed) }
            Escaping.appendHTML(bytes, line.start..<line.end, to: &out)
        }
        out.append(contentsOf: closeTag)
        out.append(ASCII.lineFeed)
    }
}
