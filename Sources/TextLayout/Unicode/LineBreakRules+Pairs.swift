extension LineBreakRules {
    /// LB11–LB31 for the position between `previous` and `current` (both after LB10).
    @inline(__always)
    func pairDecision(
        _ current: LineBreakClass, _ classes: UnsafeBufferPointer<LineBreakClass>, at position: Int
    ) -> Decision {
        let before = Self.base(previous)
        let after = Self.base(current)
        switch (before, after) {
        case (.ID, .ID):
            return .allowed  // Fast path for Han and kana: no rule before LB31 applies.
        case (.AL, .AL), (.AL, .HL), (.HL, .AL), (.HL, .HL):
            return .prohibited  // Fast path for words: no rule before LB28 applies.
        case (_, .CL), (_, .CP), (_, .EX), (_, .IS), (_, .SY):
            // LB13; the rules `punctuationDecision` checks first (LB11, LB12) prohibit as well.
            return .prohibited
        default:
            break
        }
        if let decision = punctuationDecision(before, after, current, classes, at: position) {
            return decision
        }
        if let decision = numberDecision(before, after, classes, at: position) {
            return decision
        }
        return letterDecision(before, after, current)
    }

    /// The class a pseudo-class stands for in every rule but LB30, LB30b and the tailoring.
    @inline(__always)
    static func base(_ value: LineBreakClass) -> LineBreakClass {
        switch value {
        case .OPEastAsian:
            return .OP
        case .CPEastAsian:
            return .CP
        case .CLQuotation:
            return .CL
        case .QUInitial, .QUFinal:
            return .QU
        case .IDUnassignedPictographic:
            return .ID
        default:
            return value
        }
    }

    /// LB11–LB22: glue, punctuation, spaces, quotation marks and breaking classes.
    @inline(__always)
    private func punctuationDecision(
        _ before: LineBreakClass, _ after: LineBreakClass, _ current: LineBreakClass,
        _ classes: UnsafeBufferPointer<LineBreakClass>, at position: Int
    ) -> Decision? {
        if before == .WJ || after == .WJ || before == .GL {
            return .prohibited  // LB11, LB12
        }
        if after == .GL, before != .SP, before != .BA, before != .HY {
            return .prohibited  // LB12a
        }
        switch after {
        case .CL, .CP, .EX, .IS, .SY:
            return .prohibited  // LB13
        default:
            break
        }
        let beforeRun = Self.base(beforeSpaces)
        switch beforeRun {
        case .OP:
            return .prohibited  // LB14
        case .QU where after == .OP:
            return .prohibited  // LB15
        case .CL where after == .NS, .CP where after == .NS:
            return .prohibited  // LB16
        case .B2 where after == .B2:
            return .prohibited  // LB17
        default:
            break
        }
        if isCJK, let decision = quotationDecision(current, classes, at: position) {
            return decision
        }
        if before == .SP {
            // CJK tailoring: closing punctuation does not start a line even after a space.
            return isCJK && Self.isClosing(after) ? .prohibited : .allowed  // LB18
        }
        if before == .QU || after == .QU {
            return .prohibited  // LB19
        }
        if before == .CB || after == .CB {
            return .allowed  // LB20
        }
        switch after {
        case .BA, .HY, .NS, .IN:
            return .prohibited  // LB21, LB22
        default:
            break
        }
        if before == .BB {
            return .prohibited  // LB21
        }
        if before == .HY || before == .BA, Self.base(beforePrevious) == .HL {
            return .prohibited  // LB21a
        }
        if before == .SY, after == .HL {
            return .prohibited  // LB21b
        }
        return nil
    }

    /// Classes that must not start a line under the CJK tailoring (kinsoku).
    @inline(__always)
    static func isClosing(_ value: LineBreakClass) -> Bool {
        switch value {
        case .CL, .CP, .EX, .IS, .NS, .IN, .PO:
            return true
        default:
            return false
        }
    }
}
