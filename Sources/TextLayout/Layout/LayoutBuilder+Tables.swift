import HTMLParsing

/// Tables: cells are collected while walking and laid out when the table closes.
extension LayoutBuilder {
    /// Handles a table part inside a table; nil when `name` is not one.
    mutating func enterTablePart(_ name: String, id: NodeID) -> Frame? {
        guard let table else { return nil }
        if tableDepth > 1 {
            switch name {
            case "table":
                tableDepth += 1
                return .nestedTable
            case "tr", "caption":
                collect { $0.lineBreak(style: []) }
                return .transparent
            case "td", "th":
                verbatim(" ")
                return .transparent
            default:
                return nil
            }
        }
        switch name {
        case "table":
            tableDepth += 1
            collect { $0.lineBreak(style: []) }
            return .nestedTable
        case "tr":
            table.startRow()
            return .tableRow
        case "td", "th":
            let span = document.attribute("colspan", of: id).flatMap { Int($0.trimmingHTMLSpace()) } ?? 1
            table.startCell(header: name == "th", alignment: alignment(id), span: span)
            return .tableCell
        case "caption":
            table.startCaption()
            return .tableCaption
        case "thead":
            table.inHead = true
            return .tableSection
        case "tbody", "tfoot":
            return .tableSection
        default:
            return nil
        }
    }

    private func alignment(_ id: NodeID) -> TableBuilder.Alignment {
        var value = document.attribute("align", of: id)?.lowercased() ?? ""
        // Only a style that names text-align is examined (cells often carry long styles).
        if let style = document.attribute("style", of: id), style.utf8.count < 2_000,
            style.lowercased().contains("text-align")
        {
            let compact = style.lowercased().filter { $0 != " " && $0 != "\t" && $0 != "\n" }
            if let range = compact.firstRange(of: "text-align:") {
                value = String(compact[range.upperBound...].prefix { $0.isLetter })
            }
        }
        switch value {
        case "center": return .center
        case "right": return .right
        default: return .left
        }
    }

    mutating func exitTablePart(_ frame: Frame) {
        guard let table else { return }
        switch frame {
        case .nestedTable:
            tableDepth -= 1
            collect { $0.lineBreak(style: []) }
        case .tableCell:
            table.finishCell()
        case .tableCaption:
            table.finishCaption()
        case .tableSection:
            table.inHead = false
        default:
            break
        }
    }

    mutating func exitTable() {
        guard let finished = table else { return }
        table = nil
        tableDepth = 0
        if !finished.caption.isEmpty {
            var caption = InlineText()
            for span in wrapper.wrap(finished.caption, width: Int.max / 2).flatMap(\.spans) {
                caption.append(span.text, style: span.style.union(.caption), link: span.link)
            }
            emit(wrapper.wrap(caption, width: availableWidth))
        }
        emit(TableRenderer.render(finished.finishedRows(), width: availableWidth), centered: false)
        gap()
    }
}
