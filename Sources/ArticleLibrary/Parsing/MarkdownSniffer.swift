/// Cheap recognition of Markdown block syntax at the start of lines.
enum MarkdownSniffer {
    /// Whether some line starts with a heading, list item, fence or quote marker.
    ///
    /// Only lines whose first byte after spaces can start such a marker are looked at as
    /// characters; the rest of the text is passed over as bytes.
    static func hasBlockSyntax(_ text: Substring) -> Bool {
        var text = text
        let utf8 = text.utf8
        let candidates = text.withUTF8 { bytes -> [Range<Int>] in
            var found: [Range<Int>] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var first = start
                while first < end, bytes[first] == 0x20 { first += 1 }
                if first < end, markerBytes.contains(bytes[first]) { found.append(start..<end) }
                start = end + 1
            }
            return found
        }
        for range in candidates {
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            if lineHasBlockSyntax(Substring(utf8[lower..<upper])) { return true }
        }
        return false
    }

    /// The first bytes (after spaces) of the lines `lineHasBlockSyntax` can accept.
    private static let markerBytes: Set<UInt8> = Set("`~>-*+#!".utf8)

    private static func lineHasBlockSyntax(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") || trimmed.hasPrefix("> ") { return true }
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") { return true }
        if trimmed.hasPrefix("#") {
            let hashes = trimmed.prefix { $0 == "#" }
            if hashes.count <= 6, trimmed.dropFirst(hashes.count).first == " " { return true }
        }
        if trimmed.hasPrefix("!["), trimmed.contains("](") { return true }
        return false
    }
}
