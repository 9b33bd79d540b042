/// One cell of the screen: a grapheme cluster and its style.
///
/// A double-width cluster occupies its cell and the next; the next cell is a `continuation`
/// with empty text, which the terminal must not draw over.
public struct Cell: Hashable, Sendable {
    /// The cluster drawn here ("" for the right half of a wide cluster).
    public var text: String
    /// Its style.
    public var style: CellStyle
    /// Whether this is the right half of a double-width cluster.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ text: String = " ", style: CellStyle = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A blank cell.
    public static let blank = Cell()
}
