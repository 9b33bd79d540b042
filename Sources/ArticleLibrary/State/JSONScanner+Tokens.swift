extension JSONScanner {
    /// Reads a quoted string; escapes are decoded and the UTF-8 must be valid.
    mutating func string() throws -> String {
        try expect(0x22, "a string")
        let start = index
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x22 {
                defer { index += 1 }
                return try validated(bytes[start..<index], at: start)
            }
            if b == 0x5C || b < 0x20 { break }
            index += 1
        }
        var decoded = Array(bytes[start..<index])
        while index < bytes.count {
            let b = bytes[index]
            switch b {
            case 0x22:
                index += 1
                return try validated(decoded[...], at: start)
            case 0x5C:
                try escape(into: &decoded)
            case 0..<0x20:
                throw failure("control character inside a string")
            default:
                decoded.append(b)
                index += 1
            }
        }
        throw failure("unexpected end of file inside a string")
    }

    /// Reads the text of a number as RFC 8259 spells it.
    mutating func numberText() throws -> String {
        _ = peek()
        let start = index
        if byte(is: 0x2D) { index += 1 }
        if byte(is: 0x30) {
            index += 1
        } else {
            guard digits() > 0 else { throw Failure(message: "expected a value", offset: start) }
        }
        if byte(is: 0x2E) {
            index += 1
            guard digits() > 0 else { throw failure("expected a digit after '.'") }
        }
        if byte(is: 0x65) || byte(is: 0x45) {
            index += 1
            if byte(is: 0x2B) || byte(is: 0x2D) { index += 1 }
            guard digits() > 0 else { throw failure("expected a digit in the exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func byte(is value: UInt8) -> Bool {
        index < bytes.count && bytes[index] == value
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
        return index - start
    }

    private func validated(_ slice: ArraySlice<UInt8>, at offset: Int) throws -> String {
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw Failure(message: "invalid UTF-8 in a string", offset: offset)
        }
        return text
    }

    /// Decodes one backslash escape at `index` into `output`.
    private mutating func escape(into output: inout [UInt8]) throws {
        guard index + 1 < bytes.count else { throw failure("unexpected end of file inside a string") }
        let code = bytes[index + 1]
        index += 2
        let simple: UInt8?
        switch code {
        case 0x22, 0x5C, 0x2F: simple = code
        case 0x62: simple = 0x08
        case 0x66: simple = 0x0C
        case 0x6E: simple = 0x0A
        case 0x72: simple = 0x0D
        case 0x74: simple = 0x09
        case 0x75: simple = nil
        default: throw Failure(message: "invalid escape", offset: index - 2)
        }
        if let simple { return output.append(simple) }
        var scalar = try hexQuad()
        if (0xD800..<0xDC00).contains(scalar) {
            guard byte(is: 0x5C), index + 1 < bytes.count, bytes[index + 1] == 0x75 else {
                throw failure("unpaired surrogate escape")
            }
            index += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate escape") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw failure("unpaired surrogate escape")
        }
        guard let value = Unicode.Scalar(scalar) else { throw failure("invalid escape") }
        UTF8.encode(value) { output.append($0) }
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("unexpected end of file inside a string") }
        var value: UInt32 = 0
        for b in bytes[index..<index + 4] {
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }
}
