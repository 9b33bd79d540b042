/// Counts CJK characters, to check that conversion loses none.
enum CJKCensus {
    /// The number of each CJK ideograph, kana and Hangul syllable in `text`.
    static func count(in text: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in text.unicodeScalars where isCJK(scalar) { counts[scalar, default: 0] += 1 }
        return counts
    }

    /// `text` without Markdown link destinations (`](…)`) and reference definition lines, whose
    /// characters cmark percent-encodes or drops by design.
    static func withoutLinkDestinations(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("["), trimmed.contains("]:") { continue }
            var rest = Substring(line)
            while let open = rest.range(of: "](") {
                out += rest[..<open.lowerBound]
                rest = rest[open.upperBound...]
                if let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
            }
            out += rest + "\n"
        }
        return out
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
            0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
