/// The rules LB2–LB31 of UAX #14 (Unicode 15.0) run over a paragraph's resolved classes.
///
/// One pass, left to right, with the little context the rules need: the class of the
/// previous item after LB9/LB10 ("X CM*" is treated as X), the last class before a run of
/// spaces (LB8, LB14–LB17), the class before the previous one (LB21a), the length of the
/// regional indicator run (LB30a) and the state of the number pattern of LB25.
struct LineBreakRules {
    /// What the rules decided at one position.
    enum Decision {
        case prohibited
        case allowed
        case mandatory
    }

    /// Whether the CJK tailoring applies (see `LineBreakTailoring.cjk`).
    let isCJK: Bool
    /// The class of the previous scalar itself (for LB4, LB5 and LB8a).
    private(set) var previousScalar: LineBreakClass
    /// The class of the previous item after LB9 and LB10.
    private(set) var previous: LineBreakClass
    /// The class of the item before `previous`.
    private(set) var beforePrevious: LineBreakClass = .SP
    /// The class of the last item that is not a space.
    private(set) var beforeSpaces: LineBreakClass
    /// How many regional indicators end at `previous`.
    private(set) var regionalIndicators: Int
    /// Whether the last item that is not a space is an opening quotation mark (LB15a).
    private(set) var afterOpeningQuote: Bool
    /// The number state of LB25 after `previous`.
    private(set) var number: NumberState

    /// Where the text stands in the LB25 pattern NU (NU | SY | IS)* (CL | CP)?.
    enum NumberState {
        case outside
        case inside
        case closed
    }

    /// Reports every break opportunity of `classes` to `emit`, in order.
    ///
    /// Offset 0 is never a break (LB2); the end of the text is mandatory (LB3).
    @inline(__always)
    static func apply(
        _ classes: UnsafeBufferPointer<LineBreakClass>, tailoring: LineBreakTailoring,
        _ emit: (Int, LineBreakOpportunity.Kind) -> Void
    ) {
        guard let first = classes.first else { return }
        var rules = LineBreakRules(first: first, isCJK: tailoring == .cjk)
        var position = 1
        while position < classes.count {
            switch rules.decide(classes, at: position) {
            case .prohibited:
                break
            case .allowed:
                emit(position, .allowed)
            case .mandatory:
                emit(position, .mandatory)
            }
            position &+= 1
        }
        emit(classes.count, .mandatory)
    }

    private init(first: LineBreakClass, isCJK: Bool) {
        self.isCJK = isCJK
        let resolved = Self.resolveCombining(first)
        previousScalar = first
        previous = resolved
        beforeSpaces = resolved
        regionalIndicators = resolved == .RI ? 1 : 0
        number = resolved == .NU ? .inside : .outside
        afterOpeningQuote = resolved == .QUInitial  // sot counts as an opening context
    }

    /// LB10: a combining mark or ZWJ that does not attach to a base is an AL.
    @inline(__always)
    private static func resolveCombining(_ value: LineBreakClass) -> LineBreakClass {
        value == .CM || value == .ZWJ ? .AL : value
    }

    /// Decides the position before `classes[position]` and moves past that scalar.
    @inline(__always)
    private mutating func decide(
        _ classes: UnsafeBufferPointer<LineBreakClass>, at position: Int
    ) -> Decision {
        let current = classes[position]
        if current == previousScalar, current == previous, current == .ID || current == .AL {
            // Inside a run of Han or kana (break allowed, LB31) or of letters (LB28): after the
            // same class nothing but `beforePrevious` changes, and no earlier rule applies
            // (the previous item is no space, ZW, ZWJ or mark, and not after a ZW).
            beforePrevious = current
            return current == .ID ? .allowed : .prohibited
        }
        let joins = (current == .CM || current == .ZWJ) && previousTakesMarks
        if let decision = hardBreakDecision(current, joins: joins) {
            previousScalar = current
            if !joins {
                advance(to: Self.resolveCombining(current))
            }  // LB9: a joining mark leaves the previous item as it is.
            return decision
        }
        let resolved = Self.resolveCombining(current)
        let decision = pairDecision(resolved, classes, at: position)
        previousScalar = current
        advance(to: resolved)
        return decision
    }

    /// LB4–LB9: the rules about hard breaks, spaces, ZW, ZWJ and combining marks.
    @inline(__always)
    private func hardBreakDecision(_ current: LineBreakClass, joins: Bool) -> Decision? {
        switch previousScalar {
        case .BK, .LF, .NL:
            return .mandatory  // LB4, LB5
        case .CR:
            return current == .LF ? .prohibited : .mandatory  // LB5
        default:
            break
        }
        switch current {
        case .BK, .CR, .LF, .NL, .SP, .ZW:
            return .prohibited  // LB6, LB7
        default:
            break
        }
        if beforeSpaces == .ZW {
            return .allowed  // LB8
        }
        if previousScalar == .ZWJ {
            return .prohibited  // LB8a
        }
        if joins {
            return .prohibited  // LB9
        }
        return nil
    }

    /// Whether a combining mark or ZWJ would join the previous item (LB9).
    private var previousTakesMarks: Bool {
        switch previous {
        case .BK, .CR, .LF, .NL, .SP, .ZW:
            return false
        default:
            return true
        }
    }

    /// Records `resolved` as the new previous item.
    @inline(__always)
    private mutating func advance(to resolved: LineBreakClass) {
        switch resolved {
        case .NU:
            number = .inside
        case .SY, .IS:
            number = number == .inside ? .inside : .outside
        case .CL, .CP, .CLQuotation, .CPEastAsian:
            number = number == .inside ? .closed : .outside
        default:
            number = .outside
        }
        regionalIndicators = resolved == .RI ? regionalIndicators &+ 1 : 0
        if resolved == .QUInitial {
            afterOpeningQuote = Self.opensQuotation(previous)
        } else if resolved != .SP {
            afterOpeningQuote = false
        }
        beforePrevious = previous
        previous = resolved
        if resolved != .SP {
            beforeSpaces = resolved
        }
    }
}
