extension TerminalSafe {
    /// What happens to one scalar.
    enum Replacement: Equatable {
        case keep
        case drop
        case replace(Unicode.Scalar)
    }

    /// U+FFFD REPLACEMENT CHARACTER, the stand-in for C1 controls.
    static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"

    /// The fate of `scalar` in `mode` (CR LF pairs are joined by the caller).
    @inline(__always)
    static func replacement(for scalar: Unicode.Scalar, mode: Mode) -> Replacement {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F:
            return .keep
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
            return .replace(mode == .body ? "\n" : " ")
        case 0x09:
            return mode == .body ? .keep : .replace(" ")
        case 0x00..<0x20:
            return controlPicture(value)
        case 0x7F:
            return .replace("\u{2421}")  // ␡
        case 0x80...0x9F:
            return .replace(replacementCharacter)
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return .drop
        default:
            return .keep
        }
    }

    /// The control picture U+2400 + value (␀, ␛, ␈…) of a C0 control.
    private static func controlPicture(_ value: UInt32) -> Replacement {
        .replace(Unicode.Scalar(0x2400 + value) ?? replacementCharacter)
    }
}
