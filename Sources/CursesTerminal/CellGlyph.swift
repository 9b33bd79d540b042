/// The wide characters curses gets for one cell, fitted to the columns the buffer gave it.
///
/// Curses places text by the C library's `wcwidth`, the buffer by its own width table; where
/// they disagree, the cell is redrawn so that curses still covers exactly the buffer's
/// columns: a wide cell that `wcwidth` calls narrow is followed by a space, and a character
/// `wcwidth` cannot place (a control, an unprintable scalar, a wide glyph in a narrow cell, any
/// non-ASCII text outside a UTF-8 locale) becomes a stand-in (U+FFFD, or `?`).
public struct CellGlyph: Hashable, Sendable {
    /// The scalars for `setcchar`: one spacing character, then up to four zero-width ones.
    public var scalars: [UInt32]
    /// Whether a space must be drawn in the cell's second column.
    public var padsWithSpace: Bool

    /// Creates a glyph.
    public init(scalars: [UInt32], padsWithSpace: Bool = false) {
        self.scalars = scalars
        self.padsWithSpace = padsWithSpace
    }

    /// The most characters one curses cell holds (`CCHARW_MAX`).
    public static let maximumScalars = 5

    /// The glyph for `text` spanning `columns` (1 or 2) cells, given `wcwidth` as `width`.
    public static func plan(_ text: String, columns: Int, width: (UInt32) -> Int) -> CellGlyph {
        let scalars = Array(text.unicodeScalars.lazy.map(\.value))
        guard let first = scalars.first else {
            return CellGlyph(scalars: [0x20], padsWithSpace: columns == 2)
        }
        let firstWidth = isControl(first) ? -1 : width(first)
        guard firstWidth >= 1, firstWidth <= columns else { return standIn(columns: columns, width: width) }
        var kept = [first]
        for scalar in scalars.dropFirst() {
            guard kept.count < maximumScalars, !isControl(scalar), width(scalar) == 0 else { break }
            kept.append(scalar)
        }
        // A dangling zero-width joiner could join with the next cell's character.
        while kept.count > 1, kept.last == 0x200D { kept.removeLast() }
        return CellGlyph(scalars: kept, padsWithSpace: firstWidth < columns)
    }

    /// U+FFFD when the locale draws it in one column, else `?`; padded to `columns`.
    static func standIn(columns: Int, width: (UInt32) -> Int) -> CellGlyph {
        CellGlyph(scalars: [width(0xFFFD) == 1 ? 0xFFFD : 0x3F], padsWithSpace: columns == 2)
    }

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F..<0xA0).contains(value)
    }
}
