/// Splits a query into words, quoted phrases and `field:value` pairs.
enum SearchQueryLexer {
    /// The fields `field:value` names; any other `x:y` is an ordinary word.
    static let fields: Set<String> = ["tag", "category", "author", "after", "before"]

    /// The tokens of `text`: (field, value) for a filter, (nil, text) for a word or phrase.
    /// An unclosed quote runs to the end; empty words and phrases are dropped.
    static func tokens(_ text: String) -> [(String?, String)] {
        var tokens: [(String?, String)] = []
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first {
            if first.properties.isWhitespace {
                scalars.removeFirst()
                continue
            }
            if first == "\"" {
                scalars.removeFirst()
                let phrase = quoted(&scalars)
                if !phrase.isEmpty { tokens.append((nil, phrase)) }
                continue
            }
            var word = String.UnicodeScalarView()
            while let c = scalars.first, !c.properties.isWhitespace, c != "\"" {
                word.append(c)
                scalars.removeFirst()
            }
            let text = String(word)
            if text.hasSuffix(":"), fields.contains(String(text.dropLast()).lowercased()),
                scalars.first == "\""
            {
                scalars.removeFirst()
                let value = quoted(&scalars)
                if !value.isEmpty { tokens.append((String(text.dropLast()).lowercased(), value)) }
            } else if let colon = text.firstIndex(of: ":"), fields.contains(text[..<colon].lowercased()),
                text.index(after: colon) < text.endIndex
            {
                tokens.append((text[..<colon].lowercased(), String(text[text.index(after: colon)...])))
            } else if !text.isEmpty {
                tokens.append((nil, text))
            }
        }
        return tokens
    }

    /// The text up to the next `"` (consumed) or the end.
    private static func quoted(_ scalars: inout Substring.UnicodeScalarView.SubSequence) -> String {
        var out = String.UnicodeScalarView()
        while let c = scalars.first {
            scalars.removeFirst()
            if c == "\"" { break }
            out.append(c)
        }
        return String(out).trimmingWhitespace()
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
