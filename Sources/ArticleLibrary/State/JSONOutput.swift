/// Builds JSON text as UTF-8 bytes, escaping strings as RFC 8259 requires.
struct JSONOutput {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Creates an empty output with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `text` as is.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte.
    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends the decimal digits of `value`.
    mutating func integer(_ value: Int) {
        if value >= 0 && value < 100_000 {
            digits(value, width: 1)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Appends a non-negative `value` in decimal, zero-padded to at least `width` digits.
    mutating func digits(_ value: Int, width: Int) {
        var buffer: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
        guard value >= 0, value < 100_000_000, width <= 8 else {
            return bytes.append(contentsOf: String(value).utf8)
        }
        var rest = value
        var count = 0
        withUnsafeMutableBytes(of: &buffer) { raw in
            repeat {
                raw[7 - count] = UInt8(0x30 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 || count < width
            bytes.append(contentsOf: raw[(8 - count)...])
        }
    }

    /// Appends a finite `value` in its shortest round-tripping form (0 when not finite).
    mutating func number(_ value: Double) {
        guard value.isFinite else { return bytes.append(0x30) }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Appends `text` as a quoted JSON string; control characters are escaped, all else is
    /// written as UTF-8.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (offset, b) in utf8.enumerated() where b == 0x22 || b == 0x5C || b < 0x20 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset]))
                escape(b)
                start = offset + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(0x22)
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
        case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
        default:
            let hex = JSONOutput.hexDigits
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
    }
}
