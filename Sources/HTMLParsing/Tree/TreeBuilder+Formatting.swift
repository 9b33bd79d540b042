/// The list of active formatting elements: markers, the Noah's Ark clause, reconstruction.
extension TreeBuilder {
    mutating func insertMarker() {
        formatting.append(.marker)
    }

    /// Removes entries up to and including the last marker.
    mutating func clearFormattingToLastMarker() {
        while let entry = formatting.popLast() {
            if case .marker = entry { return }
        }
    }

    /// The index of `element` in the list, if it is there.
    func formattingIndex(of element: NodeID) -> Int? {
        formatting.lastIndex { $0.element == element }
    }

    /// Removes `element` from the list, if it is there.
    mutating func removeFromFormatting(_ element: NodeID) {
        if let index = formattingIndex(of: element) {
            formatting.remove(at: index)
        }
    }

    /// The index of the last marker, or -1 when there is none.
    private var lastMarkerIndex: Int {
        formatting.lastIndex { $0.element == nil } ?? -1
    }

    /// The last element called `name` after the last marker, with its index.
    func lastFormattingElement(named name: String) -> (index: Int, element: NodeID)? {
        var index = formatting.count - 1
        while index >= 0 {
            guard case .element(let id, let tag) = formatting[index] else { return nil }
            if tag.name == name { return (index, id) }
            index -= 1
        }
        return nil
    }

    /// Pushes a formatting element, applying the Noah's Ark clause (at most three identical
    /// entries after the last marker) and the `formattingLimit` bound.
    mutating func pushFormatting(_ element: NodeID, tag: Tag) {
        let start = lastMarkerIndex + 1
        var identical: [Int] = []
        for index in start..<formatting.count {
            if case .element(_, let other) = formatting[index], Self.sameElement(other, tag) {
                identical.append(index)
            }
        }
        if identical.count >= 3 {
            formatting.remove(at: identical[0])
        }
        formatting.append(.element(element, tag))
        if formatting.count - start > formattingLimit {
            formatting.remove(at: start)
        }
    }

    private static func sameElement(_ lhs: Tag, _ rhs: Tag) -> Bool {
        guard lhs.name == rhs.name, lhs.attributes.count == rhs.attributes.count else { return false }
        return lhs.attributes.allSatisfy { attribute in rhs.attribute(attribute.name) == attribute.value }
    }

    /// The spec's "reconstruct the active formatting elements".
    mutating func reconstructFormatting() {
        guard let last = formatting.last, let lastElement = last.element, !isOpen(lastElement) else { return }
        var index = formatting.count - 1
        while index > 0 {
            let previous = formatting[index - 1]
            if let element = previous.element, !isOpen(element) {
                index -= 1
            } else {
                break
            }
        }
        while index < formatting.count {
            guard case .element(_, let tag) = formatting[index] else { return }
            let element = insertElement(tag)
            formatting[index] = .element(element, tag)
            index += 1
        }
    }
}
