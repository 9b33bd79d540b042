extension DisplayWidth {
    /// U+FE0F VARIATION SELECTOR-16 (emoji presentation).
    static let emojiSelector: UInt32 = 0xFE0F
    /// U+20E3 COMBINING ENCLOSING KEYCAP.
    static let keycap: UInt32 = 0x20E3
    /// U+200D ZERO WIDTH JOINER.
    static let zeroWidthJoiner: UInt32 = 0x200D
    /// The Fitzpatrick skin tone modifiers U+1F3FB–U+1F3FF.
    static let skinToneModifiers: ClosedRange<UInt32> = 0x1F3FB...0x1F3FF

    /// Whether a multi-scalar cluster is drawn as one emoji of width 2.
    static func isEmojiSequence(
        _ scalars: Character.UnicodeScalarView, first: Unicode.Scalar, second: Unicode.Scalar?
    ) -> Bool {
        let entry = WidthTable.value(first)
        if entry & WidthTable.emojiPresentation != 0 {
            return true
        }
        guard entry & WidthTable.emojiBase != 0, let second else { return false }
        switch second.value {
        case emojiSelector, keycap, skinToneModifiers:
            return true
        default:
            break
        }
        // An emoji ZWJ sequence: base, ZWJ, another pictograph.
        var afterJoiner = false
        for scalar in scalars.dropFirst() {
            if afterJoiner, WidthTable.value(scalar) & WidthTable.emojiBase != 0 {
                return true
            }
            afterJoiner = scalar.value == zeroWidthJoiner
        }
        return false
    }

    /// Whether a scalar can make a cluster's width differ from the sum of its scalars.
    @inline(__always)
    static func needsCluster(_ value: UInt32, _ entry: UInt8) -> Bool {
        if entry & WidthTable.emojiPresentation != 0 {
            return true
        }
        return entry & WidthTable.widthMask == 0
            && (value == emojiSelector || value == keycap || value == zeroWidthJoiner)
    }

    /// The slow path of `of(_: some StringProtocol)`: sums widths by grapheme cluster.
    static func clusterWidth(_ string: some StringProtocol) -> Int {
        var width = 0
        for character in string {
            width &+= of(character)
        }
        return width
    }
}
