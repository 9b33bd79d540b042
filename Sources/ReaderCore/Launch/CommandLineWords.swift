import Foundation

/// Splits a command line into words the way a shell would for simple cases — spaces
/// separate, single and double quotes group, backslash escapes — without running a shell.
public enum CommandLineWords {
    /// A command line with an unclosed quote.
    public struct UnbalancedQuote: Error {}

    /// The words of `line`.
    public static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let q = quote {
                if character == q {
                    quote = nil
                } else if character == "\\" && q == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            case "'", "\"":
                quote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            default:
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil, !escaped else { throw UnbalancedQuote() }
        if inWord { words.append(current) }
        return words
    }

    /// The argument vector to run `commandLine` on `url`: every `%s` in a word is replaced
    /// by the URL; with no `%s`, the URL is appended as the last argument. The URL is always
    /// inside one argument, whatever characters it holds.
    public static func arguments(_ commandLine: String, url: String) throws -> [String] {
        let words = try split(commandLine)
        guard !words.isEmpty else { throw UnbalancedQuote() }
        if words.contains(where: { $0.contains("%s") }) {
            return words.map { $0.replacingOccurrences(of: "%s", with: url) }
        }
        return words + [url]
    }
}
