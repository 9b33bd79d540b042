/// Lines of preformatted text: never re-flowed; tabs expanded to 8-column stops; a line
/// wider than the width is cut between clusters (moving a cluster so no piece starts with
/// closing punctuation or ends with opening punctuation) and continues after `↪`.
enum PreformattedLines {
    static let continuationMarker = "↪"
    static let tabStop = 8

    static func lines(_ content: InlineText, width: Int) -> [StyledLine] {
        let expanded = expandTabs(content)
        let text = expanded.text
        let breaker = LineBreaker(tailoring: .cjk)
        var result: [StyledLine] = []
        var lineStart = text.startIndex
        while true {
            // "\n" is a character of its own: sanitizing turned CR LF into "\n".
            let lineEnd = text.utf8[lineStart...].firstIndex(of: 0x0A) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            var pieceStart = lineStart
            let cuts =
                DisplayWidth.of(line) > width && width >= 2
                ? HardCut.cuts(in: line, width: width, restWidth: width - 1, breaker: breaker) : []
            for index in 0...cuts.count {
                let cut = index < cuts.count ? cuts[index] : lineEnd
                let spans = expanded.spans(from: offset(pieceStart, in: text), to: offset(cut, in: text))
                var piece = StyledLine(spans)
                if pieceStart != lineStart || !piece.isMerged {
                    piece =
                        pieceStart == lineStart
                        ? StyledLine() : StyledLine([StyledSpan(continuationMarker, style: .continuation)])
                    for span in spans { piece.append(span) }
                }
                result.append(piece)
                pieceStart = cut
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
        }
        return result
    }

    private static func offset(_ index: String.Index, in text: String) -> Int {
        text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    private static func expandTabs(_ content: InlineText) -> InlineText {
        guard content.text.utf8.contains(0x09) else { return content }
        var result = InlineText()
        var column = 0
        for span in content.spans(from: 0, to: content.text.utf8.count) {
            var text = ""
            for character in span.text {
                if character == "\t" {
                    let spaces = tabStop - column % tabStop
                    text += String(repeating: " ", count: spaces)
                    column += spaces
                } else if character == "\n" {
                    text.append(character)
                    column = 0
                } else {
                    text.append(character)
                    column += DisplayWidth.of(character)
                }
            }
            result.append(text, style: span.style, link: span.link)
        }
        return result
    }
}
