/// Lays a table out as aligned columns when it fits the width, else as one cell a line.
///
/// Columns get their natural width when the table fits; otherwise each column gets at least
/// its widest word and the rest is shared in proportion to how much more each would like;
/// when even the words do not fit (or there are more columns than a terminal can show),
/// every row becomes a block of `header: value` lines.
enum TableRenderer {
    static let separator = " │ "
    static let maximumColumns = 12

    static func render(_ rows: [[TableBuilder.Cell]], width: Int) -> [StyledLine] {
        guard let columns = rows.first?.count, columns > 0 else { return [] }
        let wrapper = LineWrapper()
        let metrics = ParagraphMetrics()
        let separators = DisplayWidth.of(separator) * (columns - 1)
        var natural = Array(repeating: 0, count: columns)
        var minimum = Array(repeating: 0, count: columns)
        for row in rows {
            for (c, cell) in row.enumerated() {
                natural[c] = max(natural[c], wrapper.naturalWidth(cell.content))
                minimum[c] = max(minimum[c], wrapper.minimumWidth(cell.content, measuringWith: metrics))
            }
        }
        let available = width - separators
        if columns <= maximumColumns, natural.reduce(0, +) <= available {
            return grid(rows, widths: natural)
        }
        let floor = minimum.map { max($0, 1) }
        if columns <= maximumColumns, floor.reduce(0, +) <= available, available >= columns * 3 {
            return grid(rows, widths: share(available, natural: natural, minimum: floor))
        }
        return stacked(rows, width: width)
    }

    /// Column widths from `minimum` up, the spare columns shared by how much each wants more.
    private static func share(_ available: Int, natural: [Int], minimum: [Int]) -> [Int] {
        var widths = minimum
        var spare = available - minimum.reduce(0, +)
        let wants = zip(natural, minimum).map { max(0, $0 - $1) }
        let totalWant = wants.reduce(0, +)
        guard totalWant > 0 else { return widths }
        for c in widths.indices {
            let extra = min(wants[c], spare * wants[c] / totalWant)
            widths[c] += extra
        }
        spare = available - widths.reduce(0, +)
        var c = 0
        while spare > 0, widths.indices.contains(c) {
            if widths[c] < natural[c] {
                widths[c] += 1
                spare -= 1
            }
            c = (c + 1) % widths.count
            if c == 0, zip(widths, natural).allSatisfy({ $0 >= $1 }) { break }
        }
        return widths
    }

    private static func grid(_ rows: [[TableBuilder.Cell]], widths: [Int]) -> [StyledLine] {
        let wrapper = LineWrapper()
        let metrics = ParagraphMetrics()
        var lines: [StyledLine] = []
        let headerRows = rows.prefix { row in
            row.allSatisfy { $0.header || $0.content.isEmpty } && row.contains { $0.header }
        }.count
        for (r, row) in rows.enumerated() {
            let cellLines = row.enumerated().map { c, cell in
                wrapper.wrap(cell.content, width: widths[c], measuringWith: metrics)
            }
            let height = max(1, cellLines.map(\.count).max() ?? 1)
            for i in 0..<height {
                var line = StyledLine()
                for (c, cell) in row.enumerated() {
                    if c > 0 { line.append(StyledSpan(separator, style: .tableRule)) }
                    var piece = i < cellLines[c].count ? cellLines[c][i] : StyledLine()
                    if cell.header {
                        piece = StyledLine(
                            piece.spans.map {
                                StyledSpan($0.text, style: $0.style.union(.tableHeader), link: $0.link)
                            })
                    }
                    line.append(
                        contentsOf: padded(
                            piece, to: widths[c], alignment: cell.alignment, last: c == row.count - 1))
                }
                lines.append(line.trimmingTrailingSpaces())
            }
            if r == headerRows - 1 {
                let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
                lines.append(StyledLine([StyledSpan(rule, style: .tableRule)]))
            }
        }
        return lines
    }

    private static func padded(
        _ line: StyledLine, to width: Int, alignment: TableBuilder.Alignment, last: Bool
    ) -> StyledLine {
        let spare = max(0, width - line.width)
        let left: Int
        switch alignment {
        case .left: left = 0
        case .right: left = spare
        case .center: left = spare / 2
        }
        var result = StyledLine()
        if left > 0 { result.append(StyledSpan(String(repeating: " ", count: left))) }
        result.append(contentsOf: line)
        if spare - left > 0, !last { result.append(StyledSpan(String(repeating: " ", count: spare - left))) }
        return result
    }

    /// One cell a line, `header: value`, rows separated by a rule.
    private static func stacked(_ rows: [[TableBuilder.Cell]], width: Int) -> [StyledLine] {
        let wrapper = LineWrapper()
        let metrics = ParagraphMetrics()
        let headerRow = rows.first.flatMap { row in
            row.allSatisfy { $0.header || $0.content.isEmpty } ? row : nil
        }
        var lines: [StyledLine] = []
        for row in rows.dropFirst(headerRow == nil ? 0 : 1) {
            if !lines.isEmpty {
                lines.append(
                    StyledLine([StyledSpan(String(repeating: "─", count: min(width, 8)), style: .tableRule)]))
            }
            for (c, cell) in row.enumerated() where !cell.content.isEmpty {
                var content = InlineText()
                if let label = headerRow?[c].content, !label.isEmpty {
                    for span in LineWrapper().wrap(label, width: Int.max / 2).flatMap(\.spans) {
                        content.append(span.text, style: span.style.union(.tableHeader), link: span.link)
                    }
                    content.append(": ", style: .tableHeader)
                }
                content.append(cell.content)
                lines += wrapper.wrap(content, width: width, measuringWith: metrics)
            }
        }
        return lines
    }
}
