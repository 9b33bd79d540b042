/// Creating and inserting nodes: the appropriate place, foster parenting, the depth bound.
extension TreeBuilder {
    /// The spec's "appropriate place for inserting a node", with foster parenting and template
    /// contents.
    mutating func appropriatePlace(overrideTarget: NodeID? = nil) -> InsertionPoint {
        guard let target = overrideTarget ?? currentNode else { return InsertionPoint(parent: document.root) }
        var point = InsertionPoint(parent: target)
        if fosterParenting, document.nodes[target.index].namespace == .html,
            ElementSets.tableTextTargets.contains(document.nodes[target.index].tag),
            !isHTML(target, .template)
        {
            point = fosterParentingPlace()
        }
        if isHTML(point.parent, .template) {
            return InsertionPoint(parent: contents(ofTemplate: point.parent))
        }
        return point
    }

    private mutating func fosterParentingPlace() -> InsertionPoint {
        let lastTemplate = stack.last(of: .template)
        let lastTable = stack.last(of: .table)
        if let lastTemplate, lastTable.map({ stack.isAbove(lastTemplate, $0) }) ?? true {
            return InsertionPoint(parent: lastTemplate)
        }
        guard let table = lastTable else { return InsertionPoint(parent: openElements[0]) }
        if let parent = document.nodes[table.index].parent {
            return InsertionPoint(parent: parent, reference: table)
        }
        let position = openElements.lastIndex(of: table) ?? 0
        return InsertionPoint(parent: openElements[max(position - 1, 0)])
    }

    /// The detached node that holds a template's contents (never part of the rendered tree).
    mutating func contents(ofTemplate template: NodeID) -> NodeID {
        if let existing = templateContents[template] { return existing }
        let fragment = document.makeElement("#content", namespace: .html, attributes: [])
        templateContents[template] = fragment
        return fragment
    }

    /// Links `element` at `point`, moving it one level up when the stack is deeper than
    /// `maximumDepth` (appends only).
    mutating func place(_ element: NodeID, at point: InsertionPoint) {
        var point = point
        if point.reference == nil, openElements.count > maximumDepth,
            let grandparent = document.nodes[point.parent.index].parent
        {
            point = InsertionPoint(parent: grandparent)
        }
        document.insert(element, into: point.parent, before: point.reference)
    }

    /// Creates an element for `tag` in `namespace`, inserts it at the appropriate place and
    /// pushes it onto the stack of open elements.
    @discardableResult
    mutating func insertElement(_ tag: Tag, namespace: Namespace = .html) -> NodeID {
        let point = appropriatePlace()
        let element = document.makeElement(tag.name, namespace: namespace, attributes: tag.attributes)
        place(element, at: point)
        push(element)
        if namespace == .html, document.nodes[element.index].tag == .selectedcontent {
            sawSelectedContent = true
            selectedContents.removeAll()
        }
        return element
    }

    /// Inserts an HTML element with no attributes, for tags the parser implies.
    @discardableResult
    mutating func insertElement(named name: String) -> NodeID {
        insertElement(Tag(name: name))
    }

    /// Inserts characters at the appropriate place, merging with adjacent text.
    mutating func insertCharacters<S: StringProtocol>(_ text: S) {
        guard !text.isEmpty else { return }
        let point = appropriatePlace()
        if point.parent == document.root { return }
        document.insertText(text, into: point.parent, before: point.reference)
    }
}
