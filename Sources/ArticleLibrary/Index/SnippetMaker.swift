/// Cuts a snippet around the first match of the query's terms, matching as the index does
/// for short terms (ASCII letters in any case, everything else exactly).
enum SnippetMaker {
    /// Scalars kept before the first match.
    static let before = 30
    /// Scalars in the whole passage.
    static let width = 100

    /// A snippet of `body` (else `title`) around the first match of any of `terms`; the start
    /// of the body when nothing matches.
    static func snippet(body: String, title: String, terms: [String]) -> SearchSnippet {
        let needles = terms.map { Array(asciiLowercased($0).unicodeScalars) }.filter { !$0.isEmpty }
        let text = Array(body.unicodeScalars)
        if let first = firstMatch(of: needles, in: text, from: 0) {
            let start = max(0, first - before)
            return cut(text, start: start, end: min(text.count, start + width), needles: needles)
        }
        let heading = Array(title.unicodeScalars)
        if firstMatch(of: needles, in: heading, from: 0) != nil {
            return cut(heading, start: 0, end: heading.count, needles: needles)
        }
        return cut(text, start: 0, end: min(text.count, width), needles: [])
    }

    /// `s` with ASCII capitals lowered (what SQLite's `lower()` does).
    static func asciiLowercased(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return s }
        return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func cut(_ text: [Unicode.Scalar], start: Int, end: Int, needles: [[Unicode.Scalar]])
        -> SearchSnippet
    {
        var scalars = String.UnicodeScalarView()
        var offsets: [(Int, Int)] = []
        if start > 0 { scalars.append("…") }
        var i = start
        while i < end {
            if let length = match(needles, in: text, at: i, end: end) {
                let from = scalars.count
                for c in text[i..<i + length] { scalars.append(plain(c)) }
                offsets.append((from, scalars.count))
                i += length
            } else {
                let c = plain(text[i])
                if c != " " || (scalars.last.map { $0 != " " && $0 != "…" } ?? false) { scalars.append(c) }
                i += 1
            }
        }
        while scalars.last == " ", (offsets.last?.1 ?? 0) < scalars.count { scalars.removeLast() }
        if end < text.count { scalars.append("…") }
        let string = String(scalars)
        let view = string.unicodeScalars
        let ranges = offsets.map { range in
            view.index(view.startIndex, offsetBy: range.0)..<view.index(view.startIndex, offsetBy: range.1)
        }
        return SearchSnippet(text: string, matches: ranges)
    }

    /// Control characters and line ends as spaces (runs of spaces outside matches become one).
    private static func plain(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value < 0x20 || c == "\u{3000}" || c == "\u{A0}" ? " " : c
    }

    private static func firstMatch(of needles: [[Unicode.Scalar]], in text: [Unicode.Scalar], from: Int)
        -> Int?
    {
        guard !needles.isEmpty else { return nil }
        var i = from
        while i < text.count {
            if match(needles, in: text, at: i, end: text.count) != nil { return i }
            i += 1
        }
        return nil
    }

    /// The length of the longest needle that occurs at `i` (ending by `end`), if any.
    private static func match(_ needles: [[Unicode.Scalar]], in text: [Unicode.Scalar], at i: Int, end: Int)
        -> Int?
    {
        var best: Int?
        for needle in needles where i + needle.count <= end && needle.count > (best ?? 0) {
            var k = 0
            while k < needle.count, fold(text[i + k]) == needle[k] { k += 1 }
            if k == needle.count { best = k }
        }
        return best
    }

    private static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value | 0x20) ?? c : c
    }
}
