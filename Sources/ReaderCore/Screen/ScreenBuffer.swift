import TextLayout

/// A grid of cells that views draw into and a terminal presents (as ratatui's buffer).
///
/// Drawing clips at the buffer's edges and never splits a grapheme cluster: a wide cluster
/// that does not fit in the last column becomes a space. Characters that terminals measure
/// inconsistently (zero-width format characters, controls) never enter a cell.
public struct ScreenBuffer: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells, row by row.
    public internal(set) var cells: [Cell]

    /// Creates a blank buffer.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at a position.
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(row: Int, column: Int, width w: Int, height h: Int, style: CellStyle) {
        for r in max(0, row)..<min(height, row + h) {
            for c in max(0, column)..<min(width, column + w) {
                put(Cell(" ", style: style), row: r, column: c)
            }
        }
    }

    /// Draws `text` from a position, clipped at `limit` columns (default: the right edge);
    /// returns the column after the last cell drawn.
    @discardableResult
    public mutating func draw(_ text: String, row: Int, column: Int, style: CellStyle, limit: Int? = nil)
        -> Int
    {
        guard row >= 0, row < height else { return column }
        let end = min(width, limit.map { column + $0 } ?? width)
        var col = column
        for character in text {
            guard col < end else { break }
            let scalars = character.unicodeScalars
            if let first = scalars.first, scalars.count == 1,
                DisplayWidth.isTerminalUnsafeZeroWidth(first) || first.value < 0x20
            {
                continue
            }
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A lone combining mark: attach it to the previous cell's cluster.
                if col > column, col - 1 < width {
                    cells[row * width + col - 1].text.append(character)
                }
                continue
            }
            if col + w > end {
                if col >= 0 { put(Cell(" ", style: style), row: row, column: col) }
                col += 1
                break
            }
            if col >= 0 {
                put(Cell(String(character), style: style), row: row, column: col)
                if w == 2, col + 1 < width {
                    put(Cell("", style: style, isContinuation: true), row: row, column: col + 1)
                }
            }
            col += w
        }
        return col
    }

    /// Draws a laid-out line; `overlay` gives per-span overlays (link focus, search matches).
    @discardableResult
    public mutating func draw(
        _ line: StyledLine, row: Int, column: Int, limit: Int? = nil,
        overlay: (StyledSpan, Int) -> String? = { _, _ in nil }
    ) -> Int {
        var col = column
        let end = limit.map { column + $0 }
        for (index, span) in line.spans.enumerated() {
            let remaining = end.map { $0 - col }
            if let remaining, remaining <= 0 { break }
            col = draw(
                span.text, row: row, column: col,
                style: CellStyle(span: span.style, overlay: overlay(span, index)), limit: remaining)
        }
        return col
    }

    /// Sets one cell; a wide cluster it cuts in half (drawing over either half) becomes a space,
    /// so a window drawn over CJK text never leaves half a character for the terminal to mangle.
    private mutating func put(_ cell: Cell, row: Int, column: Int) {
        let index = row * width + column
        if cells[index].isContinuation, !cell.isContinuation, column > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if column + 1 < width, cells[index + 1].isContinuation, !cells[index].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// The text of a row, continuation cells skipped (for tests and snapshots).
    public func text(row: Int) -> String {
        var out = ""
        for c in 0..<width where !self[row, c].isContinuation { out += self[row, c].text }
        return out
    }

    /// Every row's text, trailing spaces removed, joined by newlines.
    public var snapshot: String {
        (0..<height).map { row in
            var line = text(row: row)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

extension ScreenBuffer {
    /// Lays `overlay` over the cells of `row` in `columns` (search matches, focus).
    public mutating func setOverlay(_ overlay: String, row: Int, columns: Range<Int>) {
        guard row >= 0, row < height else { return }
        for column in max(0, columns.lowerBound)..<min(width, max(columns.lowerBound, columns.upperBound)) {
            cells[row * width + column].style.overlay = overlay
        }
    }
}
