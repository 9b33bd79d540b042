import TextLayout

/// A titled table of measurements with notes under it, printed aligned or as JSON.
struct ResultTable {
    /// The heading printed above the table.
    var title: String
    /// The column names.
    var columns: [String]
    /// The rows, each with one cell per column.
    var rows: [[Cell]] = []
    /// Lines printed under the table (inputs, targets, missing tools).
    var notes: [String] = []

    /// The table as aligned text: a title, a header, a rule, the rows, then the notes.
    func rendered() -> String {
        var widths = columns.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell.formatted))
            }
        }
        let rightAligned = columns.indices.map { index in
            rows.contains { index < $0.count && $0[index].alignsRight }
        }
        func line(_ texts: [String]) -> String {
            texts.enumerated().map { index, text in
                let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
                return rightAligned[index] ? padding + text : text + padding
            }.joined(separator: "  ")
        }
        var out = [
            title, line(columns), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "),
        ]
        out += rows.map { line($0.map(\.formatted)) }
        out += notes
        return out.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }

    /// The table as a JSON-ready dictionary: title, rows as objects keyed by column, notes.
    func jsonObject() -> [String: Any] {
        let objects = rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(columns, row.map(\.jsonValue)))
        }
        return ["title": title, "rows": objects, "notes": notes]
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate var trailingSpacesRemoved: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
