/// Collects a table's rows and cells while the layout walks it.
final class TableBuilder {
    /// How a cell's lines are aligned in their column.
    enum Alignment {
        case left, center, right
    }

    /// One collected cell.
    struct Cell {
        var content: InlineText
        var header: Bool
        var alignment: Alignment
    }

    private(set) var rows: [[Cell]] = []
    private(set) var caption = InlineText()
    private var collector = InlineCollector()
    private var openCell: (header: Bool, alignment: Alignment, span: Int)?
    private var inCaption = false
    /// Whether the walk is inside `thead`.
    var inHead = false

    /// Where text goes now: the open cell or caption, or nowhere (whitespace between rows).
    var isCollecting: Bool { openCell != nil || inCaption }

    /// Runs `body` on the collector of the open cell or caption.
    func collect(_ body: (inout InlineCollector) -> Void) {
        guard isCollecting else { return }
        body(&collector)
    }

    func startRow() {
        finishCell()
        rows.append([])
    }

    func startCell(header: Bool, alignment: Alignment, span: Int) {
        finishCell()
        if rows.isEmpty { rows.append([]) }
        openCell = (header || inHead, alignment, max(1, min(span, 50)))
    }

    func startCaption() {
        finishCell()
        inCaption = true
    }

    func finishCaption() {
        caption.append(collector.take())
        inCaption = false
    }

    /// Closes the open cell; a cell spanning columns is followed by empty cells.
    func finishCell() {
        guard let cell = openCell else { return }
        openCell = nil
        rows[rows.count - 1].append(
            Cell(content: collector.take(), header: cell.header, alignment: cell.alignment))
        for _ in 1..<cell.span {
            rows[rows.count - 1].append(
                Cell(content: InlineText(), header: cell.header, alignment: cell.alignment))
        }
    }

    /// The rows with every row padded to the same number of cells; empty rows dropped.
    func finishedRows() -> [[Cell]] {
        finishCell()
        let kept = rows.filter { !$0.isEmpty }
        let columns = kept.map(\.count).max() ?? 0
        return kept.map { row in
            row
                + Array(
                    repeating: Cell(content: InlineText(), header: false, alignment: .left),
                    count: columns - row.count)
        }
    }
}
