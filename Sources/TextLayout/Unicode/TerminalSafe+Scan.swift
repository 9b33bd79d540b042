extension TerminalSafe {
    /// Whether `sanitize(_:mode:)` would change `text`: a fast scan of its UTF-8 bytes.
    public static func needsSanitizing(_ text: String, mode: Mode = .singleLine) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            needsSanitizing(utf8: bytes, mode: mode)
        }
    }

    /// The byte scan behind `needsSanitizing(_:mode:)`; `bytes` must be valid UTF-8.
    static func needsSanitizing(utf8 bytes: UnsafeBufferPointer<UInt8>, mode: Mode) -> Bool {
        let body = mode == .body
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20, byte < 0x7F {
                index &+= 1
                continue
            }
            if byte < 0x20 {
                if body, byte == 0x0A || byte == 0x09 {
                    index &+= 1
                    continue
                }
                return true
            }
            if byte == 0x7F || isUnsafeSequence(bytes, at: index) {
                return true
            }
            index &+= 1
        }
        return false
    }

    /// Whether the multi-byte sequence at `index` encodes a C1 control, a bidi control or a
    /// line or paragraph separator.
    @inline(__always)
    private static func isUnsafeSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        guard lead == 0xC2 || lead == 0xD8 || lead == 0xE2, index &+ 1 < bytes.count else {
            return false
        }
        let second = bytes[index &+ 1]
        switch lead {
        case 0xC2:
            return second <= 0x9F  // U+0080–U+009F
        case 0xD8:
            return second == 0x9C  // U+061C
        default:
            guard index &+ 2 < bytes.count else { return false }
            let third = bytes[index &+ 2]
            if second == 0x80 {
                // U+200E, U+200F, U+2028–U+202E
                return third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third)
            }
            return second == 0x81 && (0xA6...0xA9).contains(third)  // U+2066–U+2069
        }
    }
}
