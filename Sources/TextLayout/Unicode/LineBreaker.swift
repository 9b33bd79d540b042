/// Finds line break opportunities with the Unicode line breaking algorithm (UAX #14, 15.0).
///
/// Works on scalars: classes come from a generated table, the rules run once over the
/// paragraph, and opportunities are reported in order. Grapheme clusters are never formed.
public struct LineBreaker: Hashable, Sendable {
    /// The variant of the algorithm to run.
    public var tailoring: LineBreakTailoring

    /// Creates a line breaker; `.cjk` is Folio's layout default, `.none` is plain UAX #14.
    public init(tailoring: LineBreakTailoring = .cjk) {
        self.tailoring = tailoring
    }

    /// All break opportunities in a paragraph of scalars, in increasing offset order.
    public func opportunities(in scalars: [Unicode.Scalar]) -> [LineBreakOpportunity] {
        var classes = [LineBreakClass]()
        classes.reserveCapacity(scalars.count)
        for scalar in scalars {
            classes.append(lineBreakClass(scalar))
        }
        return opportunities(classes: classes)
    }

    /// All break opportunities in a string; offsets count `text.unicodeScalars`.
    public func opportunities(in text: String) -> [LineBreakOpportunity] {
        opportunities(classes: classes(of: text))
    }

    /// Calls `body` with the index and kind of each break opportunity, in order.
    ///
    /// The index is the position in `text` before which the line may end; the last call
    /// is for `text.endIndex` (mandatory) unless the text is empty.
    public func forEachOpportunity(
        in text: String, _ body: (String.Index, LineBreakOpportunity.Kind) -> Void
    ) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        let classes = classes(of: text)
        classes.withUnsafeBufferPointer { buffer in
            LineBreakRules.apply(buffer, tailoring: tailoring) { breakOffset, kind in
                while offset < breakOffset {
                    scalars.formIndex(after: &index)
                    offset &+= 1
                }
                body(index, kind)
            }
        }
    }

    /// The resolved class of one scalar under this breaker's tailoring.
    @inline(__always)
    func lineBreakClass(_ scalar: Unicode.Scalar) -> LineBreakClass {
        let lineBreakClass = LineBreakTable.lineBreakClass(scalar)
        guard lineBreakClass == .QUInitial || lineBreakClass == .QUFinal, tailoring == .cjk else {
            return lineBreakClass
        }
        switch scalar.value {
        case 0x2018, 0x201C:
            return .OP
        case 0x2019, 0x201D:
            return .CLQuotation
        default:
            return lineBreakClass
        }
    }

    private func classes(of text: String) -> [LineBreakClass] {
        var classes = [LineBreakClass]()
        classes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            classes.append(lineBreakClass(scalar))
        }
        return classes
    }

    private func opportunities(classes: [LineBreakClass]) -> [LineBreakOpportunity] {
        var result = [LineBreakOpportunity]()
        result.reserveCapacity(classes.count / 4 + 1)
        classes.withUnsafeBufferPointer { buffer in
            LineBreakRules.apply(buffer, tailoring: tailoring) { offset, kind in
                result.append(LineBreakOpportunity(offset: offset, kind: kind))
            }
        }
        return result
    }
}
