/// Finds an article's front matter and where its body starts.
///
/// Works on text whose line ends are already `\n` and whose BOM is already gone. Blank lines
/// before an opening `---` or `+++` are allowed, as real libraries have them.
struct FrontMatterSplitter {
    /// The outcome of splitting a file.
    struct Split {
        /// The syntax found.
        var kind: FrontMatterKind
        /// The front-matter text between the delimiters (or the Pelican header lines).
        var block: Substring
        /// The 1-based line of the block's first line in the file.
        var blockLine: Int
        /// The body.
        var body: Substring
        /// The 1-based line of the opening delimiter when it is never closed.
        var unclosedLine: Int?
    }

    /// Pelican keys of which at least one must appear for header lines to count as front matter.
    private static let pelicanAnchors: Set<String> = ["title", "date", "category", "tags", "slug", "author"]

    static func split(_ text: Substring) -> Split {
        var lines = LineCursor(text)
        var lineNumber = 0
        // Skip blank lines before the front matter.
        while let line = lines.peek(), line.allSatisfy({ $0 == " " || $0 == "\t" }) {
            if lines.isLastLine { break }
            lines.advance()
            lineNumber += 1
        }
        guard let first = lines.peek() else { return none(text) }
        let opener = first.trimmingTrailingSpaces()
        if opener == "---" || opener == "+++" {
            return delimited(
                text, lines: &lines, openLine: lineNumber + 1,
                closers: opener == "---" ? ["---", "..."] : ["+++"],
                kind: opener == "---" ? .yaml : .toml)
        }
        return pelican(text, lines: lines, firstLine: lineNumber + 1) ?? none(text)
    }

    private static func none(_ text: Substring) -> Split {
        Split(kind: .none, block: text[text.startIndex..<text.startIndex], blockLine: 1, body: text)
    }

    private static func delimited(
        _ text: Substring, lines: inout LineCursor, openLine: Int, closers: [Substring], kind: FrontMatterKind
    ) -> Split {
        lines.advance()
        let blockStart = lines.position
        var lineNumber = openLine
        while let line = lines.peek() {
            lineNumber += 1
            let lineStart = lines.position
            if closers.contains(line.trimmingTrailingSpaces()) {
                lines.advance()
                return Split(
                    kind: kind, block: text[blockStart..<lineStart], blockLine: openLine + 1,
                    body: text[lines.position...])
            }
            lines.advance()
        }
        var split = none(text)
        split.unclosedLine = openLine
        return split
    }

    private static func pelican(_ text: Substring, lines: LineCursor, firstLine: Int) -> Split? {
        var cursor = lines
        let blockStart = cursor.position
        var sawAnchor = false
        var count = 0
        while let line = cursor.peek(), !line.allSatisfy({ $0 == " " || $0 == "\t" }) {
            if let key = PelicanHeaders.key(of: line) {
                if pelicanAnchors.contains(key.lowercased()) { sawAnchor = true }
            } else if count == 0 || !(line.first == " " || line.first == "\t") {
                return nil
            }
            count += 1
            cursor.advance()
            if count > 200 { return nil }
        }
        guard sawAnchor else { return nil }
        let blockEnd = cursor.position
        cursor.advance()  // the blank line that ends the headers
        return Split(
            kind: .pelican, block: text[blockStart..<blockEnd], blockLine: firstLine,
            body: text[cursor.position...])
    }
}

extension Substring {
    /// The text without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}
