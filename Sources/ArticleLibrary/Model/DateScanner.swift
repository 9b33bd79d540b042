/// A tiny cursor over the ASCII of a date string.
struct DateScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { position >= bytes.count }

    func peek() -> Character? {
        atEnd ? nil : Character(Unicode.Scalar(bytes[position]))
    }

    mutating func advance() { position += 1 }

    mutating func reset() { position = 0 }

    /// Consumes `c` when it is next.
    mutating func consume(_ c: Character) -> Bool {
        guard peek() == c else { return false }
        position += 1
        return true
    }

    /// Skips spaces and tabs; true when at least one was skipped.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = position
        while !atEnd, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        return position > start
    }

    /// One to `maxDigits` decimal digits as a number.
    mutating func number(maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while !atEnd, count < maxDigits, (0x30...0x39).contains(bytes[position]) {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
            count += 1
        }
        return count > 0 ? value : nil
    }

    /// Any run of digits, as text.
    mutating func digits() -> String? {
        let start = position
        while !atEnd, (0x30...0x39).contains(bytes[position]) { position += 1 }
        return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
    }

    /// A run of ASCII letters.
    mutating func word() -> String? {
        let start = position
        while !atEnd, isLetter(bytes[position]) { position += 1 }
        return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
    }

    private func isLetter(_ b: UInt8) -> Bool {
        (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }
}
