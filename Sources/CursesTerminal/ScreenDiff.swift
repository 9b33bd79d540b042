import ReaderCore

/// What one cell puts on screen once the buffer's wide-character halves are settled.
public enum PaintedCell: Hashable, Sendable {
    /// A cluster drawn from this column over `columns` (1 or 2) columns.
    case glyph(String, CellStyle, columns: Int)
    /// The right half of the wide glyph on its left: drawn with it, never on its own.
    case covered
}

/// Decides which cells to hand to curses: all of them after a resize or invalidation,
/// otherwise only those whose painted form changed (no flicker, as ratatui's diff).
///
/// A buffer can hold halves that lost their partner (a narrow character drawn over one half
/// of a wide one). A cell followed by a continuation always spans both columns (a narrow
/// character there is padded by `CellGlyph`); a continuation whose left neighbour is itself a
/// continuation (or that starts the row) is painted as a space in its own style.
public enum ScreenDiff {
    /// A cell to draw.
    public struct Change: Hashable, Sendable {
        /// Row.
        public var row: Int
        /// Column.
        public var column: Int
        /// What to draw there (never `.covered`).
        public var cell: PaintedCell
    }

    /// The painted form of every cell of `row`.
    public static func painted(_ buffer: ScreenBuffer, row: Int) -> [PaintedCell] {
        var result: [PaintedCell] = []
        result.reserveCapacity(buffer.width)
        for column in 0..<buffer.width {
            let cell = buffer[row, column]
            let nextIsContinuation = column + 1 < buffer.width && buffer[row, column + 1].isContinuation
            if cell.isContinuation {
                let hasLead = column > 0 && !buffer[row, column - 1].isContinuation
                result.append(hasLead ? .covered : .glyph(" ", cell.style, columns: 1))
            } else {
                result.append(.glyph(cell.text, cell.style, columns: nextIsContinuation ? 2 : 1))
            }
        }
        return result
    }

    /// The cells to draw to turn `old` into `new`; every cell when `old` is nil or differs in size.
    public static func changes(from old: ScreenBuffer?, to new: ScreenBuffer) -> [Change] {
        let previous = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
        var result: [Change] = []
        for row in 0..<new.height {
            let cells = row * new.width..<(row + 1) * new.width
            // Painting depends on the row's cells alone: an identical row needs nothing.
            if let previous, previous.cells[cells] == new.cells[cells] { continue }
            let now = painted(new, row: row)
            let before = previous.map { painted($0, row: row) }
            for column in 0..<new.width {
                if case .covered = now[column] { continue }
                if let before, before[column] == now[column] { continue }
                result.append(Change(row: row, column: column, cell: now[column]))
            }
        }
        return result
    }
}
