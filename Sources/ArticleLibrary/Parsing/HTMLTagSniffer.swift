import Glibc

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
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while let lt = index(of: 0x3C, in: bytes, from: i) {
                i = lt + 1
                if i + 2 < bytes.count, bytes[i] == 0x21, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x2D {
                    return true
                }
                if i < bytes.count, bytes[i] == 0x2F { i += 1 }
                if let name = tagName(bytes, from: i), knownTags.contains(name) { return true }
            }
            return false
        }
    }

    /// The first index of `byte` in `bytes` at or after `start`.
    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// `leadingTagName` over bytes, for the name starting at `start` (just after `<`): ASCII
    /// letters (digits after the first, `!` first), at most 12, then `>`, space, `/`, a line
    /// end, a tab or the end of the text.
    private static func tagName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        var end = start
        while end < bytes.count {
            let b = bytes[end]
            let isLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            if isLetter || (b == 0x21 && end == start) || (b >= 0x30 && b <= 0x39 && end > start) {
                end += 1
                if end - start > 12 { return nil }
            } else {
                guard b == 0x3E || b == 0x20 || b == 0x2F || b == 0x0A || b == 0x09 else { return nil }
                break
            }
        }
        guard end > start else { return nil }
        var name = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<end]))
        for k in name.indices where name[k] >= 0x41 && name[k] <= 0x5A { name[k] |= 0x20 }
        return String(decoding: name, as: UTF8.self)
    }
}
