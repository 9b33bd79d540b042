/// Per-scalar Line_Break class after LB1, generated from the Unicode Character Database.
enum LineBreakTable {
    /// The resolved class of a scalar (AI, SG, XX → AL; SA → CM or AL; CJ → NS).
    @inline(__always)
    static func lineBreakClass(_ scalar: Unicode.Scalar) -> LineBreakClass {
        let raw = lookUpTwoStage(
            scalar.value, stage1: stage1, stage2: stage2,
            shift: blockShift, offset: valueOffset, base: base)
        return LineBreakClass(rawValue: raw) ?? .AL
    }
}
