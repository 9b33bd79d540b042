extension LineBreakRules {
    /// LB15a and LB15b of Unicode 15.1, applied by the CJK tailoring only (the 15.0
    /// conformance file predates them): an opening quotation mark (Pi) keeps the spaces
    /// after it, a closing one (Pf) keeps the spaces before it, as in French « texte ».
    @inline(__always)
    func quotationDecision(
        _ current: LineBreakClass, _ classes: UnsafeBufferPointer<LineBreakClass>, at position: Int
    ) -> Decision? {
        if afterOpeningQuote {
            return .prohibited  // LB15a
        }
        if current == .QUFinal, Self.closesQuotation(Self.nextItem(classes, after: position)) {
            return .prohibited  // LB15b
        }
        return nil
    }

    /// Whether an item of this class before a Pi quotation mark makes it opening (LB15a).
    static func opensQuotation(_ value: LineBreakClass) -> Bool {
        switch base(value) {
        case .BK, .CR, .LF, .NL, .OP, .QU, .GL, .SP, .ZW:
            return true
        default:
            return false
        }
    }

    /// Whether an item of this class (nil: end of text) after a Pf quotation mark makes it
    /// closing (LB15b).
    static func closesQuotation(_ value: LineBreakClass?) -> Bool {
        guard let value else { return true }
        switch base(value) {
        case .SP, .GL, .WJ, .CL, .QU, .CP, .EX, .IS, .SY, .BK, .CR, .LF, .NL, .ZW:
            return true
        default:
            return false
        }
    }
}
