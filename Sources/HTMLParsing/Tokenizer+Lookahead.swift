extension Tokenizer {
    /// Whether the input at the current position starts with the ASCII `prefix`, exactly.
    func nextCharactersAre(_ prefix: StaticString) -> Bool {
        nextCharactersMatch(prefix) { $0 }
    }

    /// Whether the input at the current position starts with the lowercase ASCII `prefix`,
    /// ignoring ASCII case.
    func nextCharactersAre(caseInsensitive prefix: StaticString) -> Bool {
        nextCharactersMatch(prefix, transform: ASCII.lowercased)
    }

    /// Whether `transform` maps the input bytes at the current position onto `prefix`.
    private func nextCharactersMatch(_ prefix: StaticString, transform: (UInt8) -> UInt8) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard position + length <= input.count else { return false }
        return prefix.withUTF8Buffer { expected in
            for offset in 0..<length where transform(input[position + offset]) != expected[offset] {
                return false
            }
            return true
        }
    }
}
