/// Helpers over runs of character-token text: HTML whitespace and NUL handling.
enum CharacterRuns {
    /// Whether `scalar` is HTML whitespace (tab, LF, FF, CR, space).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\u{0C}" || scalar == "\r"
    }

    /// Splits `text` into its leading whitespace and the rest.
    static func splitLeadingWhitespace(_ text: String) -> (whitespace: Substring, rest: Substring) {
        let index = text.unicodeScalars.firstIndex { !isWhitespace($0) } ?? text.endIndex
        return (text[..<index], text[index...])
    }

    /// Whether every character of `text` is HTML whitespace.
    static func isAllWhitespace<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.allSatisfy(isWhitespace)
    }

    /// The whitespace characters of `text`, in order.
    static func whitespaceOnly(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(isWhitespace)))
    }

    /// `text` without U+0000.
    static func removingNulls(_ text: String) -> String {
        guard text.unicodeScalars.contains("\0") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\0" }))
    }
}
