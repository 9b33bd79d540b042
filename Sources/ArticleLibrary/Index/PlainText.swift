/// Cheap plain text from an HTML body, for the search index: tags dropped (a line break for
/// block-level ones, nothing for inline ones, so `中<b>文</b>` stays `中文`), `script`, `style`
/// and comments dropped whole, common character references decoded, whitespace runs collapsed.
enum PlainText {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "blockquote", "pre", "section", "article", "figure", "figcaption", "hr", "dd", "dt",
        "header", "footer", "img",
    ]
    private static let skippedTags: Set<String> = ["script", "style"]
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'",
        "mdash": "—", "ndash": "–", "hellip": "…", "ldquo": "“", "rdquo": "”", "lsquo": "‘",
        "rsquo": "’", "middot": "·", "copy": "©",
    ]

    /// The text of `html`.
    static func fromHTML(_ html: Substring) -> String {
        var html = html
        var input = html.withUTF8 { Array($0) }
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 2)
        input.withUnsafeMutableBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x3C, i + 1 < bytes.count, isTagStart(bytes[i + 1]) {
                    i = skipMarkup(bytes, from: i, into: &out)
                } else if b == 0x26, let (scalar, next) = reference(bytes, at: i) {
                    append(scalar, to: &out)
                    i = next
                } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    space(&out)
                    i += 1
                } else {
                    out.append(b)
                    i += 1
                }
            }
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isTagStart(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x2F || b == 0x21 || b == 0x3F
    }

    private static func space(_ out: inout [UInt8]) {
        if let last = out.last, last != 0x20 { out.append(0x20) }
    }

    /// Skips the tag (or comment, or script/style element) at `start`; returns the next index.
    private static func skipMarkup(
        _ bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int, into out: inout [UInt8]
    )
        -> Int
    {
        if bytes.count - start >= 4, bytes[start + 1] == 0x21, bytes[start + 2] == 0x2D,
            bytes[start + 3] == 0x2D
        {
            return find([0x2D, 0x2D, 0x3E], in: bytes, from: start + 4).map { $0 + 3 } ?? bytes.count
        }
        var i = start + 1
        if bytes[i] == 0x2F { i += 1 }
        let nameStart = i
        while i < bytes.count,
            (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A || (bytes[i] >= 0x30 && bytes[i] <= 0x39)
        {
            bytes[i] |= 0x20
            i += 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self)
        guard let close = find([0x3E], in: bytes, from: i) else { return bytes.count }
        if blockTags.contains(name) { space(&out) }
        if skippedTags.contains(name), bytes[start + 1] != 0x2F {
            let end = Array("</\(name)".utf8)
            var j = close + 1
            while let found = find([0x3C, 0x2F], in: bytes, from: j) {
                let tail = bytes[found..<min(bytes.count, found + end.count)].map { $0 | 0x20 }
                if tail.elementsEqual(end.map { $0 | 0x20 }) {
                    return find([0x3E], in: bytes, from: found).map { $0 + 1 } ?? bytes.count
                }
                j = found + 2
            }
            return bytes.count
        }
        return close + 1
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int)
        -> Int?
    {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The character reference at `start` (`&amp;`, `&#39;`, `&#x4E2D;`) and the index after it.
    private static func reference(_ bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> (
        Unicode.Scalar, Int
    )? {
        var i = start + 1
        while i < bytes.count, i - start <= 10, bytes[i] != 0x3B, bytes[i] != 0x26, bytes[i] > 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == 0x3B, i > start + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<i]), as: UTF8.self)
        if let scalar = named[name] { return (scalar, i + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, i + 1)
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if scalar == " " { return space(&out) }
        out.append(contentsOf: String(scalar).utf8)
    }
}
