extension LineBreakRules {
    /// LB28–LB31 and the CJK tailoring: letters, brackets, flags and emoji modifiers.
    @inline(__always)
    func letterDecision(
        _ before: LineBreakClass, _ after: LineBreakClass, _ current: LineBreakClass
    ) -> Decision {
        switch (before, after) {
        case (.AL, .AL), (.AL, .HL), (.HL, .AL), (.HL, .HL):
            return .prohibited  // LB28
        case (.IS, .AL), (.IS, .HL):
            return .prohibited  // LB29
        case (.AL, .OP), (.HL, .OP), (.NU, .OP):
            // LB30: not before a wide opening bracket.
            return current == .OPEastAsian ? .allowed : .prohibited
        case (.CP, .AL), (.CP, .HL), (.CP, .NU):
            return previous == .CPEastAsian ? .allowed : .prohibited  // LB30
        case (.RI, .RI):
            return regionalIndicators % 2 == 1 ? .prohibited : .allowed  // LB30a
        case (.EB, .EM):
            return .prohibited  // LB30b
        case (.ID, .EM) where previous == .IDUnassignedPictographic:
            return .prohibited  // LB30b
        case (.CL, .AL), (.CL, .HL), (.CL, .NU):
            // CJK tailoring: no break in "don’t" or after a closing quotation mark.
            return previous == .CLQuotation ? .prohibited : .allowed
        default:
            return .allowed  // LB31
        }
    }
}
