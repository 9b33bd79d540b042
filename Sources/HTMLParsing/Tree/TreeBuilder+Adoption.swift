/// The adoption agency algorithm, which repairs misnested formatting elements.
extension TreeBuilder {
    private enum Bookmark {
        case replace
        case after(NodeID)
    }

    /// Whether the element `id` is in the spec's "special" category.
    func isSpecial(_ id: NodeID) -> Bool {
        let tag = document.nodes[id.index].tag
        switch document.nodes[id.index].namespace {
        case .html: return ElementSets.special.contains(tag)
        case .mathml: return ElementSets.mathMLTextIntegrationPoints.contains(tag) || tag == .annotationXML
        case .svg: return ElementSets.svgHTMLIntegrationPoints.contains(tag)
        }
    }

    /// Runs the adoption agency for an end tag called `subject`. Returns false when the caller
    /// must fall back to the "any other end tag" steps.
    mutating func runAdoptionAgency(_ subject: String) -> Bool {
        if let current = currentNode, isHTML(current, subject), formattingIndex(of: current) == nil {
            popCurrent()
            return true
        }
        for _ in 0..<8 {
            guard let (listIndex, formattingElement) = lastFormattingElement(named: subject),
                case .element(_, let tag) = formatting[listIndex]
            else { return false }
            guard isOpen(formattingElement), let stackIndex = openElements.lastIndex(of: formattingElement)
            else {
                formatting.remove(at: listIndex)
                return true
            }
            guard hasElementInScope(formattingElement) else { return true }
            guard
                let furthestIndex = openElements[(stackIndex + 1)...].firstIndex(where: {
                    isSpecial($0)
                })
            else {
                popUntil(element: formattingElement)
                removeFromFormatting(formattingElement)
                return true
            }
            adopt(formattingElement, tag: tag, stackIndex: stackIndex, furthestIndex: furthestIndex)
        }
        return true
    }

    /// Steps 10 to 19: one iteration of the outer loop once a furthest block exists.
    private mutating func adopt(_ formattingElement: NodeID, tag: Tag, stackIndex: Int, furthestIndex: Int) {
        let furthest = openElements[furthestIndex]
        let commonAncestor = openElements[stackIndex - 1]
        var bookmark = Bookmark.replace
        var lastNode = furthest
        var nodeIndex = furthestIndex
        var removed: [Int] = []
        var counter = 0
        while true {
            counter += 1
            nodeIndex -= 1
            let current = openElements[nodeIndex]
            if current == formattingElement { break }
            var entryIndex = formattingIndex(of: current)
            if counter > 3, let index = entryIndex {
                formatting.remove(at: index)
                entryIndex = nil
            }
            guard let index = entryIndex, case .element(_, let entryTag) = formatting[index] else {
                removed.append(nodeIndex)
                continue
            }
            let replacement = document.makeElement(
                entryTag.name, namespace: .html, attributes: entryTag.attributes)
            formatting[index] = .element(replacement, entryTag)
            stack.replace(at: nodeIndex, with: replacement)
            if lastNode == furthest { bookmark = .after(replacement) }
            document.reparent(lastNode, to: replacement)
            lastNode = replacement
        }
        stack.remove(atPositions: removed)
        document.detach(lastNode)
        let point = appropriatePlace(overrideTarget: commonAncestor)
        document.insert(lastNode, into: point.parent, before: point.reference)
        let newElement = document.makeElement(tag.name, namespace: .html, attributes: tag.attributes)
        document.moveChildren(of: furthest, to: newElement)
        document.insert(newElement, into: furthest)
        switch bookmark {
        case .replace:
            if let index = formattingIndex(of: formattingElement) {
                formatting[index] = .element(newElement, tag)
            }
        case .after(let previous):
            removeFromFormatting(formattingElement)
            let index = formattingIndex(of: previous).map { $0 + 1 } ?? formatting.count
            formatting.insert(.element(newElement, tag), at: index)
        }
        removeFromStack(formattingElement)
        stack.insert(newElement, name: tag.name, tag: TagID(tag.name), namespace: .html, above: furthest)
    }

    /// The in-body "any other end tag" steps.
    mutating func closeAnyOtherEndTag(_ name: String) {
        // With no open element of that name the walk could only end in "ignore the token";
        // skipping it keeps stray end tags in deep inline nesting linear.
        guard stack.count(named: name) > 0 else { return }
        var index = openElements.count - 1
        while index >= 0 {
            let id = openElements[index]
            if isHTML(id, name) {
                generateImpliedEndTags(except: name)
                popUntil(element: id)
                return
            }
            if isSpecial(id) { return }
            index -= 1
        }
    }
}
