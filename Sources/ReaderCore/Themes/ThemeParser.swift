/// Reads theme files: one line per role, `role  foreground  background  [attribute...]`.
///
/// Colors are names (`red`, `brightblue`), numbers 0–255, `colorN` or `default`; `-` leaves a
/// color to what lies beneath. Attributes: `bold`, `underline`, `reverse`, `italic`, `dim`.
/// `#` starts a comment. A bad line is reported with its number and skipped.
public enum ThemeParser {
    /// A problem on one line of a theme file.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// The 1-based line.
        public var line: Int
        /// What is wrong.
        public var message: String
        /// `line N: message`.
        public var description: String { "line \(line): \(message)" }
    }

    /// The theme in `text`, and the problems of the lines that were skipped.
    public static func parse(_ text: String, name: String) -> (Theme, [Problem]) {
        var styles: [String: ThemeStyle] = [:]
        var problems: [Problem] = []
        // "\r\n" is one Character, so CR LF line ends must be named beside "\n".
        let rawLines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, rawLine) in rawLines.enumerated() {
            let line =
                rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard !words.isEmpty else { continue }
            switch parseLine(words) {
            case .success(let (role, style)):
                styles[role] = style
            case .failure(let problem):
                problems.append(Problem(line: index + 1, message: problem.message))
            }
        }
        return (Theme(name: name, styles: styles), problems)
    }

    private struct LineError: Error {
        var message: String
    }

    private static func parseLine(_ words: [String]) -> Result<(String, ThemeStyle), LineError> {
        guard words.count >= 3 else {
            return .failure(LineError(message: "expected: role foreground background [attributes]"))
        }
        let role = words[0].lowercased()
        guard
            role.allSatisfy({
                $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_")
            })
        else {
            return .failure(LineError(message: "bad role name '\(words[0])'"))
        }
        var style = ThemeStyle()
        for (slot, word) in [(0, words[1]), (1, words[2])] where word != "-" {
            guard let color = ThemeColor(parsing: word) else {
                return .failure(LineError(message: "unknown color '\(word)'"))
            }
            if slot == 0 { style.foreground = color } else { style.background = color }
        }
        for word in words.dropFirst(3) {
            guard let attribute = ThemeAttributes.named.first(where: { $0.0 == word.lowercased() })?.1 else {
                return .failure(LineError(message: "unknown attribute '\(word)'"))
            }
            style.attributes.insert(attribute)
        }
        return .success((role, style))
    }
}
