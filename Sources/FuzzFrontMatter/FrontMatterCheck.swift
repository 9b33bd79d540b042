import ArticleLibrary
import FuzzSupport

/// Parses the input as an article file, both as decoded text and as bytes read from disk.
///
/// Invariants: the title is non-empty and one line; the body is a suffix of the input with its
/// byte order mark removed and CR LF and lone CR turned into LF; the body starts on a line that
/// exists. Alias bombs and other slow inputs are caught by libFuzzer's `-timeout`.
enum FrontMatterCheck {
    /// The path the articles claim to come from.
    static let path = "fuzz/article.md"

    /// Runs the check over one input.
    static func run(_ input: [UInt8]) {
        let text = String(decoding: input, as: UTF8.self)
        let normalized = normalizedLineEnds(text)
        check(ArticleParser.parse(text, path: path), normalized: normalized, source: "ArticleParser")
        switch ArticleFileReader.parse(bytes: input, totalSize: input.count, path: path) {
        case .article(let parsed):
            check(parsed, normalized: normalized, source: "ArticleFileReader")
        case .skipped(let warning):
            Invariant.require(warning.path == path, "a skip warning for another path")
        }
    }

    /// Checks one parsed article against the normalized input.
    static func check(_ parsed: ArticleParser.Parsed, normalized: String, source: String) {
        let title = parsed.article.title
        Invariant.require(!title.isEmpty, "\(source): empty title")
        Invariant.require(
            !title.unicodeScalars.contains { $0 == "\n" || $0 == "\r" },
            "\(source): title on several lines: \(Invariant.codes(title))")
        let body = parsed.body.utf8
        Invariant.require(
            normalized.utf8.count >= body.count && normalized.utf8.suffix(body.count).elementsEqual(body),
            "\(source): the body is not a suffix of the normalized input")
        let lineCount = normalized.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        Invariant.require(
            (1...lineCount).contains(parsed.bodyLine),
            "\(source): body line \(parsed.bodyLine) of \(lineCount)")
    }

    /// `text` without a leading byte order mark, with CR LF and lone CR turned into LF.
    static func normalizedLineEnds(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var output = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in scalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            output.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(output)
    }
}
