/// Per-scalar display width and emoji flags, generated from the Unicode Character Database.
///
/// Each value holds the width (0, 1 or 2) in its low two bits and the flags below.
enum WidthTable {
    /// Mask of the width bits.
    static let widthMask: UInt8 = 0x03
    /// Emoji_Presentation=Yes (regional indicators excluded: they are width 1 each).
    static let emojiPresentation: UInt8 = 0x04
    /// Emoji=Yes or Extended_Pictographic=Yes: can start an emoji sequence.
    static let emojiBase: UInt8 = 0x08
    /// Zero width, but neither a combining mark nor ZWJ (see `DisplayWidth`).
    static let unsafeZeroWidth: UInt8 = 0x10

    /// The table value for a scalar.
    @inline(__always)
    static func value(_ scalar: Unicode.Scalar) -> UInt8 {
        lookUpTwoStage(
            scalar.value, stage1: stage1, stage2: stage2,
            shift: blockShift, offset: valueOffset, base: base)
    }
}
