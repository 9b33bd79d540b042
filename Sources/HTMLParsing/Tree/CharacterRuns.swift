/// Helpers over runs of character-token text: HTML whitespace and NUL handling.
///
/// HTML whitespace and NUL are ASCII, so these work on UTF-8 bytes: a byte of a multi-byte
/// sequence is never one of them.
enum CharacterRuns {
    /// Whether `byte` is HTML whitespace (tab, LF, FF, CR, space).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C || byte == 0x0D
    }

    /// Splits `text` into its leading whitespace and the rest.
    static func splitLeadingWhitespace(_ text: String) -> (whitespace: Substring, rest: Substring) {
        let index = text.utf8.firstIndex { !isWhitespace($0) } ?? text.endIndex
        return (text[..<index], text[index...])
    }

    /// Whether every character of `text` is HTML whitespace.
    static func isAllWhitespace<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.allSatisfy(isWhitespace)
    }

    /// The whitespace characters of `text`, in order.
    static func whitespaceOnly(_ text: String) -> String {
        String(decoding: text.utf8.filter(isWhitespace), as: UTF8.self)
    }

    /// Whether `text` contains U+0000.
    static func containsNull(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            Tokenizer.indexOfFirst(0, 0, 0, in: bytes, from: 0) < bytes.count
        }
        return found ?? text.utf8.contains(0)
    }

    /// `text` without U+0000.
    static func removingNulls(_ text: String) -> String {
        guard containsNull(text) else { return text }
        return String(decoding: text.utf8.filter { $0 != 0 }, as: UTF8.self)
    }
}
