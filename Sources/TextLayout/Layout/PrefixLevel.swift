/// One level of line prefix: a quote bar, a list item's marker and indentation, a `dd` indent.
struct PrefixLevel {
    /// What the first line under this level starts with (a list marker).
    let first: StyledLine
    /// What the other lines start with; as wide as `first`.
    let rest: StyledLine
    /// Whether the first line has been emitted.
    var firstUsed = false

    /// The columns `rest` takes, measured once.
    let width: Int

    init(first: StyledLine, rest: StyledLine) {
        self.first = first
        self.rest = rest
        width = rest.width
    }

    /// The same prefix on every line.
    init(_ both: StyledLine) {
        self.init(first: both, rest: both)
    }

    /// Spaces as wide as `width`.
    static func indent(_ width: Int) -> PrefixLevel {
        PrefixLevel(StyledLine([StyledSpan(String(repeating: " ", count: width))]))
    }
}
