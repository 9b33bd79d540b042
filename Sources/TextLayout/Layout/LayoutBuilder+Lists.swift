import HTMLParsing

/// Ordered and unordered lists.
extension LayoutBuilder {
    mutating func enterList(_ id: NodeID, ordered: Bool) {
        let topLevel = lists.isEmpty
        if topLevel { gap() } else { flush() }
        let items = document.children(of: id).filter { document[$0].isHTML("li") }
        let reversed = ordered && document.attribute("reversed", of: id) != nil
        let start =
            document.attribute("start", of: id).flatMap { Int($0.trimmingHTMLSpace()) }
            ?? (reversed ? items.count : 1)
        let type = document.attribute("type", of: id) ?? "1"
        var markerWidth = 1
        if ordered {
            let last = reversed ? start - items.count + 1 : start + items.count - 1
            markerWidth =
                [start, last, max(start, last)].map { DisplayWidth.of(ListMarker.ordered($0, type: type)) }
                .max() ?? 2
            for item in items {
                if let value = document.attribute("value", of: item).flatMap({ Int($0.trimmingHTMLSpace()) })
                {
                    markerWidth = max(markerWidth, DisplayWidth.of(ListMarker.ordered(value, type: type)))
                }
            }
        }
        lists.append(
            ListState(
                ordered: ordered, counter: start, step: reversed ? -1 : 1, type: type,
                markerWidth: min(markerWidth, 8)))
        frames.append(.list(topLevel: topLevel))
    }

    mutating func enterItem(_ id: NodeID) {
        flush()
        if lists.isEmpty {
            lists.append(ListState(ordered: false, counter: 1, step: 1, type: "1", markerWidth: 1))
        }
        var list = lists[lists.count - 1]
        if let value = document.attribute("value", of: id).flatMap({ Int($0.trimmingHTMLSpace()) }) {
            list.counter = value
        }
        let marker =
            list.ordered
            ? ListMarker.ordered(list.counter, type: list.type)
            : ListMarker.bullets[(lists.count - 1) % ListMarker.bullets.count]
        let markerWidth = max(list.markerWidth, DisplayWidth.of(marker))
        let pad = String(repeating: " ", count: markerWidth - DisplayWidth.of(marker))
        let first = StyledLine([StyledSpan(pad + marker, style: .listMarker), StyledSpan(" ")])
        let rest = StyledLine([StyledSpan(String(repeating: " ", count: markerWidth + 1))])
        prefixes.append(PrefixLevel(first: first, rest: rest))
        list.counter += list.step
        lists[lists.count - 1] = list
        frames.append(.item)
    }

    mutating func exitItem() {
        flush()
        if let level = prefixes.last, !level.firstUsed {
            emitLine(StyledLine(), blank: false)  // an empty item still shows its marker
        }
        prefixes.removeLast()
    }
}
