/// A strict RFC 8259 pull reader over UTF-8 bytes, for decoding a known schema without
/// building an intermediate tree (Foundation's decoders take about a second per 100,000
/// state records; this takes a few hundredths).
struct JSONScanner {
    /// Why the text is not the JSON expected, and the byte offset where that was found.
    struct Failure: Error, CustomStringConvertible {
        /// What was wrong.
        var message: String
        /// The 0-based byte offset.
        var offset: Int
        /// `message at byte N`.
        var description: String { "\(message) at byte \(offset)" }
    }

    let bytes: [UInt8]
    var index = 0
    private static let maximumDepth = 64

    /// A scanner at the start of `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A failure at the current offset.
    func failure(_ message: String) -> Failure {
        Failure(message: message, offset: index)
    }

    /// The next byte after whitespace, without consuming it; nil at the end.
    mutating func peek() -> UInt8? {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return bytes[index]
            }
        }
        return nil
    }

    /// Consumes `byte` (after whitespace) or fails naming what was expected.
    mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard peek() == byte else {
            throw failure(
                index < bytes.count ? "expected \(what)" : "unexpected end of file, expected \(what)")
        }
        index += 1
    }

    /// Fails unless only whitespace remains.
    mutating func expectEnd() throws {
        if peek() != nil { throw failure("unexpected text after the end of the JSON value") }
    }

    /// Reads an object, calling `member` with each key; `member` must read the key's value.
    mutating func object(_ member: (inout JSONScanner, String) throws -> Void) throws {
        try expect(0x7B, "an object")
        if peek() == 0x7D {
            index += 1
            return
        }
        while true {
            guard peek() == 0x22 else { throw failure("expected a quoted key") }
            let key = try string()
            try expect(0x3A, "':'")
            try member(&self, key)
            guard let next = peek() else { throw failure("unexpected end of file inside an object") }
            index += 1
            if next == 0x7D { return }
            guard next == 0x2C else { throw Failure(message: "expected ',' or '}'", offset: index - 1) }
        }
    }

    /// Reads `true` or `false`.
    mutating func bool() throws -> Bool {
        if literal("true") { return true }
        if literal("false") { return false }
        throw failure("expected true or false")
    }

    /// Reads `null` if it is next; returns whether it was.
    mutating func null() -> Bool {
        literal("null")
    }

    /// Reads a number that must be an integer in `Int`'s range.
    mutating func integer() throws -> Int {
        let start = index
        let text = try numberText()
        guard let value = Int(text) else {
            throw Failure(message: "expected an integer", offset: start)
        }
        return value
    }

    /// Reads any JSON number.
    mutating func number() throws -> Double {
        let start = index
        guard let value = Double(try numberText()), value.isFinite else {
            throw Failure(message: "number out of range", offset: start)
        }
        return value
    }

    /// Reads and discards one value of any kind.
    mutating func skipValue(depth: Int = 0) throws {
        guard depth < JSONScanner.maximumDepth else { throw failure("nesting too deep") }
        switch peek() {
        case 0x7B: try object { scanner, _ in try scanner.skipValue(depth: depth + 1) }
        case 0x5B:
            index += 1
            if peek() == 0x5D {
                index += 1
                return
            }
            while true {
                try skipValue(depth: depth + 1)
                guard let next = peek() else { throw failure("unexpected end of file inside an array") }
                index += 1
                if next == 0x5D { return }
                guard next == 0x2C else { throw Failure(message: "expected ',' or ']'", offset: index - 1) }
            }
        case 0x22: _ = try string()
        case 0x74, 0x66: _ = try bool()
        case 0x6E: if !null() { throw failure("expected null") }
        case .some: _ = try numberText()
        case nil: throw failure("unexpected end of file, expected a value")
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        guard peek() != nil else { return false }
        let matched = word.withUTF8Buffer { w in
            index + w.count <= bytes.count && bytes[index..<index + w.count].elementsEqual(w)
        }
        if matched { index += word.utf8CodeUnitCount }
        return matched
    }
}
