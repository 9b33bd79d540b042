/// Where a reader stopped in an article, kept so it can be found again at another width.
///
/// `line` is the index of the top visible line in the article laid out `width` columns wide;
/// `fraction` is that line's place in the whole layout (`line / lineCount`, 0 to 1), stored to
/// six decimals. A reader at the same width returns to `line` exactly; at another width the
/// fraction picks the matching place: see `topLine(width:lineCount:)`.
public struct ReadingPosition: Sendable, Equatable {
    /// The top visible line, 0-based, in the layout at `width` columns.
    public var line: Int
    /// The layout width, in terminal columns, that `line` counts in.
    public var width: Int
    /// How far through the article `line` is, from 0 (top) to 1 (end).
    public var fraction: Double

    /// Creates a position; negative values become 0 and `fraction` is clamped to 0...1 and
    /// rounded to six decimals (what the state file keeps).
    public init(line: Int, width: Int, fraction: Double) {
        self.line = max(0, line)
        self.width = max(0, width)
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        self.fraction = (clamped * 1_000_000).rounded() / 1_000_000
    }

    /// A position taken from a layout: the top line of `lineCount` lines laid out `width` wide.
    public init(line: Int, width: Int, lineCount: Int) {
        let fraction = lineCount > 0 ? Double(line) / Double(lineCount) : 0
        self.init(line: line, width: width, fraction: fraction)
    }

    /// The top line to show in a layout of `lineCount` lines at `width` columns: `line` when the
    /// width is the one saved, otherwise the line at `fraction`; always within `0..<lineCount`.
    public func topLine(width: Int, lineCount: Int) -> Int {
        guard lineCount > 0 else { return 0 }
        let wanted = width == self.width ? line : Int((fraction * Double(lineCount)).rounded(.down))
        return min(max(0, wanted), lineCount - 1)
    }

    /// Whether this is the top of the article, which is the default and never stored.
    public var isAtTop: Bool { line == 0 && fraction == 0 }
}
