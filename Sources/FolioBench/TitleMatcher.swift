/// Recognizes an article title on a captured screen: any screen line holding the first
/// characters of any title of the library counts.
struct TitleMatcher {
    private var prefixes: Set<String> = []
    private var lengths: Set<Int> = []

    /// The characters of a title that must appear (fewer when the title is shorter).
    static let prefixLength = 10
    /// Titles shorter than this are ignored: they could match unrelated screen text.
    static let shortest = 4

    /// A matcher for `titles`.
    init(titles: [String]) {
        for title in titles {
            let trimmed = title.trimmingSpaces
            guard trimmed.count >= Self.shortest else { continue }
            let prefix = String(trimmed.prefix(Self.prefixLength))
            prefixes.insert(prefix)
            lengths.insert(prefix.count)
        }
    }

    /// Whether there are any titles to look for.
    var isEmpty: Bool { prefixes.isEmpty }

    /// Whether a line of `screen` holds the start of a title.
    func matches(_ screen: String) -> Bool {
        for line in screen.split(separator: "\n") {
            let characters = Array(line)
            for start in characters.indices {
                for length in lengths where start + length <= characters.count {
                    if prefixes.contains(String(characters[start..<start + length])) { return true }
                }
            }
        }
        return false
    }

    /// The titles in `folio list` text output (date, title, categories, path; tab-separated).
    static func titles(inListOutput text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count > 1 ? String(fields[1]) : nil
        }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
