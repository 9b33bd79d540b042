/// Per-scalar Line_Break class after LB1, generated from the Unicode Character Database.
enum LineBreakTable {
    /// The resolved class of a scalar (AI, SG, XX → AL; SA → CM or AL; CJ → NS).
    @inline(__always)
    static func lineBreakClass(_ scalar: Unicode.Scalar) -> LineBreakClass {
        let raw = lookUpTwoStage(
            scalar.value, stage1: stage1, stage2: stage2,
            shift: blockShift, offset: valueOffset, base: base)
        return lineBreakClass(raw: raw)
    }

    /// The class with raw value `raw`, or AL when there is none.
    ///
    /// The generated cases are numbered 0, 1, 2… in declaration order, so a raw value up to
    /// the last case's is also the enum's own representation: no switch over 44 cases per
    /// scalar. `LineBreakTableTests` checks this against `init(rawValue:)` for every byte.
    @inline(__always)
    static func lineBreakClass(raw: UInt8) -> LineBreakClass {
        raw <= LineBreakClass.QUFinal.rawValue ? unsafeBitCast(raw, to: LineBreakClass.self) : .AL
    }
}
