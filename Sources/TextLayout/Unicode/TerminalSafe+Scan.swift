extension TerminalSafe {
    /// Whether `sanitize(_:mode:)` would change `text`: a fast scan of its UTF-8 bytes.
    public static func needsSanitizing(_ text: String, mode: Mode = .singleLine) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            needsSanitizing(utf8: bytes, mode: mode)
        }
    }

    /// The byte scan behind `needsSanitizing(_:mode:)`; `bytes` must be valid UTF-8.
    ///
    /// Eight bytes at a time while none of them could start trouble: a C0 control, DEL, or
    /// the lead byte 0xC2, 0xD8 or 0xE2 of a C1 control, U+061C, a bidi control or a line
    /// separator. A word holding one is examined byte by byte.
    static func needsSanitizing(utf8 bytes: UnsafeBufferPointer<UInt8>, mode: Mode) -> Bool {
        let body = mode == .body
        var index = 0
        let count = bytes.count
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index &+ 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if !mayNeedSanitizing(word) {
                    index &+= 8
                    continue
                }
                for position in index..<(index &+ 8) where isUnsafe(bytes, at: position, body: body) {
                    return true
                }
                index &+= 8
            }
        }
        while index < count {
            if isUnsafe(bytes, at: index, body: body) { return true }
            index &+= 1
        }
        return false
    }

    /// Whether one of the eight bytes of `word` is below 0x20 or is 0x7F, 0xC2, 0xD8 or 0xE2.
    @inline(__always)
    private static func mayNeedSanitizing(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let belowSpace = (word &- ones &* 0x20) & ~word & highs != 0
        return belowSpace || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2))
            || hasZeroByte(word ^ (ones &* 0xD8)) || hasZeroByte(word ^ (ones &* 0xE2))
    }

    /// Whether the byte at `index` is a control to replace, or starts a sequence to replace.
    @inline(__always)
    private static func isUnsafe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, body: Bool) -> Bool {
        let byte = bytes[index]
        if byte >= 0x20, byte < 0x7F { return false }
        if byte < 0x20 { return !(body && (byte == 0x0A || byte == 0x09)) }
        return byte == 0x7F || isUnsafeSequence(bytes, at: index)
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
