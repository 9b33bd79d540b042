/// A rectangle of the screen.
public struct Rect: Equatable, Sendable {
    /// Top row.
    public var row: Int
    /// Left column.
    public var column: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Whether a cell lies inside.
    public func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < row + height && c >= column && c < column + width
    }
}

/// Where the title bar, panes and status line go for a terminal size.
///
/// Wide terminals (100 columns or more) put the list and the reader side by side; narrow ones
/// stack them. With no article open, or in full-reader mode, one pane takes the whole middle.
public struct ScreenLayout: Equatable, Sendable {
    /// The smallest usable terminal.
    public static let minimumWidth = 20
    /// The smallest usable terminal.
    public static let minimumHeight = 6

    /// The title bar (row 0).
    public var title: Rect
    /// The status line (last row).
    public var status: Rect
    /// The list, when shown.
    public var list: Rect?
    /// The reader, when shown.
    public var reader: Rect?
    /// A separator between the panes: a column (side by side) or a row (stacked).
    public var separator: Rect?

    /// The layout for a terminal of `width` × `height`.
    public init(width: Int, height: Int, articleOpen: Bool, fullReader: Bool) {
        title = Rect(row: 0, column: 0, width: width, height: 1)
        status = Rect(row: height - 1, column: 0, width: width, height: 1)
        let middle = Rect(row: 1, column: 0, width: width, height: max(0, height - 2))
        guard articleOpen else {
            list = middle
            return
        }
        if fullReader {
            reader = middle
            return
        }
        if width >= 100 {
            let listWidth = min(max(30, width * 35 / 100), 50)
            list = Rect(row: middle.row, column: 0, width: listWidth, height: middle.height)
            separator = Rect(row: middle.row, column: listWidth, width: 1, height: middle.height)
            reader = Rect(
                row: middle.row, column: listWidth + 1, width: width - listWidth - 1, height: middle.height)
        } else {
            let listHeight = max(3, min(middle.height / 3, 12))
            list = Rect(row: middle.row, column: 0, width: width, height: listHeight)
            separator = Rect(row: middle.row + listHeight, column: 0, width: width, height: 1)
            reader = Rect(
                row: middle.row + listHeight + 1, column: 0, width: width,
                height: max(0, middle.height - listHeight - 1))
        }
    }
}
