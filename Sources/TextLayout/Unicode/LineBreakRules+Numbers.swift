extension LineBreakRules {
    /// LB23–LB27: letters and numbers, prefixes and postfixes, Korean syllables.
    ///
    /// LB25 is the tailoring of UAX #14 Example 7, which the conformance file uses.
    @inline(__always)
    func numberDecision(
        _ before: LineBreakClass, _ after: LineBreakClass,
        _ classes: UnsafeBufferPointer<LineBreakClass>, at position: Int
    ) -> Decision? {
        switch (before, after) {
        case (.AL, .NU), (.HL, .NU), (.NU, .AL), (.NU, .HL):
            return .prohibited  // LB23
        case (.PR, .ID), (.PR, .EB), (.PR, .EM), (.ID, .PO), (.EB, .PO), (.EM, .PO):
            return .prohibited  // LB23a
        case (.PR, .AL), (.PR, .HL), (.PO, .AL), (.PO, .HL),
            (.AL, .PR), (.AL, .PO), (.HL, .PR), (.HL, .PO):
            return .prohibited  // LB24
        case (.PR, .NU), (.PO, .NU), (.OP, .NU), (.HY, .NU):
            return .prohibited  // LB25: (PR | PO) × NU, (OP | HY) × NU
        case (.PR, .OP), (.PR, .HY), (.PO, .OP), (.PO, .HY):
            if Self.nextItem(classes, after: position) == .NU {
                return .prohibited  // LB25: (PR | PO) × (OP | HY) NU
            }
        default:
            break
        }
        switch after {
        case .NU, .SY, .IS, .CL, .CP:
            if number == .inside {
                return .prohibited  // LB25: NU (NU | SY | IS)* × (NU | SY | IS | CL | CP)
            }
        case .PO, .PR:
            if number != .outside {
                return .prohibited  // LB25: NU (NU | SY | IS)* (CL | CP)? × (PO | PR)
            }
        default:
            break
        }
        return koreanDecision(before, after)
    }

    /// LB26 and LB27: Korean syllable blocks and their prefixes and postfixes.
    @inline(__always)
    private func koreanDecision(_ before: LineBreakClass, _ after: LineBreakClass) -> Decision? {
        switch (before, after) {
        case (.JL, .JL), (.JL, .JV), (.JL, .H2), (.JL, .H3),
            (.JV, .JV), (.JV, .JT), (.H2, .JV), (.H2, .JT),
            (.JT, .JT), (.H3, .JT):
            return .prohibited  // LB26
        case (.JL, .PO), (.JV, .PO), (.JT, .PO), (.H2, .PO), (.H3, .PO),
            (.PR, .JL), (.PR, .JV), (.PR, .JT), (.PR, .H2), (.PR, .H3):
            return .prohibited  // LB27
        default:
            return nil
        }
    }

    /// The class of the item after the one at `position`, skipping attached marks (LB9).
    @inline(__always)
    static func nextItem(
        _ classes: UnsafeBufferPointer<LineBreakClass>, after position: Int
    ) -> LineBreakClass? {
        var next = position &+ 1
        while next < classes.count {
            let value = classes[next]
            if value != .CM, value != .ZWJ {
                return value
            }
            next &+= 1
        }
        return nil
    }
}
