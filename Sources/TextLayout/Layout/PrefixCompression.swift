/// Keeps a line prefix within its width budget when nesting runs deep.
enum PrefixCompression {
    /// `prefix` itself when it fits `limit` columns, else `…` and the rightmost part that fits.
    static func fit(_ prefix: StyledLine, into limit: Int) -> StyledLine {
        guard prefix.width > limit else { return prefix }
        guard limit >= 2 else { return StyledLine() }
        var kept: [StyledSpan] = []
        var remaining = limit - 1
        for span in prefix.spans.reversed() {
            var text = ""
            for character in span.text.reversed() {
                let w = DisplayWidth.of(character)
                guard w <= remaining else { break }
                text.insert(character, at: text.startIndex)
                remaining -= w
            }
            if !text.isEmpty { kept.insert(StyledSpan(text, style: span.style, link: span.link), at: 0) }
            if remaining == 0 || text.count < span.text.count { break }
        }
        var line = StyledLine([StyledSpan("…", style: .dim)])
        for span in kept { line.append(span) }
        let pad = limit - line.width
        if pad > 0 { line.append(StyledSpan(String(repeating: " ", count: pad))) }
        return line
    }
}
