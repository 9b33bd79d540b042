/// Cheap recognition of HTML tags in text, for format detection and title finding.
enum HTMLTagSniffer {
    /// Element names that count as HTML when seen as `<name` in Markdown.
    static let knownTags: Set<String> = [
        "a", "abbr", "article", "aside", "audio", "b", "blockquote", "body", "br", "center", "cite", "code",
        "dd",
        "del", "details", "div", "dl", "dt", "em", "embed", "figcaption", "figure", "font", "h1", "h2", "h3",
        "h4",
        "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "ins", "kbd", "li", "mark", "nav",
        "object", "ol", "p", "picture", "pre", "q", "s", "section", "small", "source", "span", "strong",
        "style",
        "sub", "summary", "sup", "svg", "table", "tbody", "td", "th", "thead", "tr", "u", "ul", "video",
        "script",
        "noscript", "iframe", "section", "footer", "main", "!doctype",
    ]

    /// The lowercased name of the tag `text` starts with, or nil.
    static func leadingTagName(_ text: Substring) -> String? {
        var iterator = text.unicodeScalars.makeIterator()
        guard iterator.next() == "<" else { return nil }
        var name = ""
        while let s = iterator.next() {
            if s.properties.isAlphabetic && s.isASCII || (s == "!" && name.isEmpty)
                || (("0"..."9").contains(s) && !name.isEmpty)
            {
                name.unicodeScalars.append(s)
                if name.count > 12 { return nil }
            } else {
                guard s == ">" || s == " " || s == "/" || s == "\n" || s == "\t" else { return nil }
                break
            }
        }
        return name.isEmpty ? nil : name.lowercased()
    }

    /// Whether `text` contains `<name` or `</name` for a known element, or an HTML comment.
    static func containsTag(_ text: Substring) -> Bool {
        var index = text.startIndex
        while let lt = text[index...].firstIndex(of: "<") {
            var rest = text[text.index(after: lt)...]
            if rest.hasPrefix("!--") { return true }
            if rest.first == "/" { rest = rest.dropFirst() }
            if let name = leadingTagName("<" + rest.prefix(14)), knownTags.contains(name) { return true }
            index = text.index(after: lt)
        }
        return false
    }
}
