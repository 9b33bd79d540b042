import CNcursesw
import ReaderCore

extension CursesTerminal {
    /// Shows `buffer`: only cells whose painted form changed are drawn, every cell after a
    /// size change or `invalidate()`; then one `doupdate`.
    public func present(_ buffer: ScreenBuffer, theme: Theme) {
        guard !isClosed, !isSuspended else { return }
        let (columns, rows) = size
        let full =
            shown.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
            || theme != shownTheme
        if full { werase(window) }
        styles.use(theme)
        if clearNextTime {
            clearok(window, true)
            clearNextTime = false
        }
        let changes = ScreenDiff.changes(from: full ? nil : shown, to: buffer)
        for change in changes where change.row < rows && change.column < columns {
            guard case .glyph(let text, let style, let span) = change.cell else { continue }
            let fits = change.column + span <= columns
            draw(
                fits ? text : " ", columns: fits ? span : 1, style: styles.resolve(style),
                row: change.row, column: change.column)
        }
        shown = buffer
        shownTheme = theme
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what is on screen: the next `present` clears the terminal and redraws every cell.
    public func invalidate() {
        shown = nil
        clearNextTime = true
    }

    /// Draws one cell's cluster with `setcchar` + `mvwadd_wch`, padding when curses is narrower.
    private func draw(_ text: String, columns: Int, style: CursesStyle, row: Int, column: Int) {
        let glyph = CellGlyph.plan(text, columns: columns) { Int(wcwidth(wchar_t(bitPattern: $0))) }
        put(glyph.scalars, style: style, row: row, column: column)
        if glyph.padsWithSpace { put([0x20], style: style, row: row, column: column + 1) }
    }

    private func put(_ scalars: [UInt32], style: CursesStyle, row: Int, column: Int) {
        var characters = scalars.map { wchar_t(bitPattern: $0) }
        characters.append(0)
        var cell = cchar_t()
        var pair = style.pair
        let short = Int16(clamping: pair)
        _ = withUnsafeMutablePointer(to: &pair) { extended in
            setcchar(&cell, characters, style.attributes, short, extended)
        }
        // At the bottom-right corner this reports ERR (the cursor cannot advance) but draws.
        mvwadd_wch(window, Int32(row), Int32(column), &cell)
    }
}
