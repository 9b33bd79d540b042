/// Cuts a segment wider than a line between grapheme clusters.
enum HardCut {
    /// The indices at which `segment` is cut so every piece but the last fills at most
    /// `width` columns. A cut that would start a line with closing punctuation, or end one
    /// with opening punctuation, moves one cluster earlier when the piece keeps a cluster.
    static func cuts(
        in segment: Substring, width: Int, restWidth: Int? = nil, breaker: LineBreaker
    ) -> [String.Index] {
        var cuts: [String.Index] = []
        var pieceStart = segment.startIndex
        var pieceWidth = 0
        var index = segment.startIndex
        var limit = width
        while index < segment.endIndex {
            let character = segment[index]
            let w = DisplayWidth.of(character)
            if pieceWidth + w > limit, index > pieceStart {
                limit = restWidth ?? width
                var cut = index
                if let earlier = adjusted(cut, in: segment, pieceStart: pieceStart, breaker: breaker) {
                    cut = earlier
                }
                cuts.append(cut)
                pieceStart = cut
                pieceWidth = DisplayWidth.of(segment[cut..<index])
            }
            pieceWidth += w
            index = segment.index(after: index)
        }
        return cuts
    }

    /// The cut moved back, cluster by cluster (at most 8), until the next piece does not start
    /// with closing punctuation and this one does not end with opening punctuation; nil when
    /// no earlier cut keeps at least one cluster on the line.
    private static func adjusted(
        _ cut: String.Index, in segment: Substring, pieceStart: String.Index, breaker: LineBreaker
    ) -> String.Index? {
        var candidate = cut
        for _ in 0..<8 {
            let next = segment[candidate].unicodeScalars.first
            let before = segment.index(before: candidate)
            let last = segment[before].unicodeScalars.first
            let badStart = next.map { forbidsLineStart(breaker.lineBreakClass($0)) } ?? false
            let badEnd = last.map { forbidsLineEnd(breaker.lineBreakClass($0)) } ?? false
            guard badStart || badEnd else { return candidate == cut ? nil : candidate }
            guard before > pieceStart else { return nil }
            candidate = before
        }
        return nil
    }

    private static func forbidsLineStart(_ c: LineBreakClass) -> Bool {
        switch c {
        case .CL, .CP, .CPEastAsian, .CLQuotation, .NS, .EX, .IS: return true
        default: return false
        }
    }

    private static func forbidsLineEnd(_ c: LineBreakClass) -> Bool {
        c == .OP || c == .OPEastAsian
    }
}
