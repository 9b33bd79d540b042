/// The stack of open elements: pushing, popping, scope checks and implied end tags.
extension TreeBuilder {
    /// The current node (bottommost open element).
    var currentNode: NodeID? { openElements.last }

    /// The context element in the fragment case when only `<html>` is open, else the current node.
    var adjustedCurrentNode: NodeID? {
        if let context, openElements.count == 1 { return context }
        return openElements.last
    }

    /// Whether the adjusted current node is an SVG or MathML element.
    var adjustedCurrentNodeIsForeign: Bool {
        guard let node = adjustedCurrentNode else { return false }
        return document.nodes[node.index].namespace != .html
    }

    /// The node with identifier `id`.
    func node(_ id: NodeID) -> Node {
        document.nodes[id.index]
    }

    /// Whether the current node is an HTML element called `name`.
    func currentIs(_ name: String) -> Bool {
        guard let current = currentNode else { return false }
        return node(current).isHTML(name)
    }

    /// Whether the current node is an HTML element whose name is in `names`.
    func currentIs(oneOf names: Set<String>) -> Bool {
        guard let current = currentNode else { return false }
        let value = node(current)
        return value.namespace == .html && names.contains(value.name)
    }

    /// Whether `id` is on the stack of open elements.
    func isOpen(_ id: NodeID) -> Bool {
        id.index < openFlags.count && openFlags[id.index]
    }

    func setOpen(_ id: NodeID, _ open: Bool) {
        if id.index >= openFlags.count {
            openFlags.append(contentsOf: repeatElement(false, count: id.index + 1 - openFlags.count))
        }
        openFlags[id.index] = open
        let value = node(id)
        if value.namespace == .html {
            openCounts[value.name, default: 0] += open ? 1 : -1
        } else {
            foreignOpenCounts[value.name.lowercased(), default: 0] += open ? 1 : -1
        }
    }

    func push(_ id: NodeID) {
        openElements.append(id)
        setOpen(id, true)
    }

    @discardableResult
    func popCurrent() -> NodeID? {
        guard let id = openElements.popLast() else { return nil }
        setOpen(id, false)
        if sawSelectedContent, node(id).isHTML("option") { optionPopped(id) }
        return id
    }

    /// Pops elements until an HTML element called `name` has been popped.
    func popUntil(_ name: String) {
        guard (openCounts[name] ?? 0) > 0 else { return }
        while let id = popCurrent(), !node(id).isHTML(name) {}
    }

    /// Pops elements until an HTML element whose name is in `names` has been popped.
    func popUntil(oneOf names: Set<String>) {
        while let id = popCurrent() {
            let value = node(id)
            if value.namespace == .html && names.contains(value.name) { return }
        }
    }

    /// Pops elements until `element` has been popped.
    func popUntil(element: NodeID) {
        guard isOpen(element) else { return }
        while let id = popCurrent(), id != element {}
    }

    /// Removes `element` from wherever it is in the stack.
    func removeFromStack(_ element: NodeID) {
        guard isOpen(element), let index = openElements.lastIndex(of: element) else { return }
        openElements.remove(at: index)
        setOpen(element, false)
    }

    /// Pops until the current node is an HTML element in `names` (clearing back to a context).
    func clearStack(backTo names: Set<String>) {
        while currentNode != nil, !currentIs(oneOf: names) {
            popCurrent()
        }
    }

    /// Whether `value` bounds `scope`.
    func isBoundary(_ value: Node, of scope: Scope) -> Bool {
        switch value.namespace {
        case .html:
            switch scope {
            case .table:
                return value.name == "html" || value.name == "table" || value.name == "template"
            case .normal:
                return ElementSets.scopeBoundaries.contains(value.name)
            case .listItem:
                return ElementSets.scopeBoundaries.contains(value.name) || value.name == "ol"
                    || value.name == "ul"
            case .button:
                return ElementSets.scopeBoundaries.contains(value.name) || value.name == "button"
            }
        case .mathml:
            guard scope != .table else { return false }
            return ["mi", "mo", "mn", "ms", "mtext", "annotation-xml"].contains(value.name)
        case .svg:
            guard scope != .table else { return false }
            return value.name == "foreignObject" || value.name == "desc" || value.name == "title"
        }
    }

    /// Whether an HTML element called `name` is in `scope`.
    func hasInScope(_ name: String, _ scope: Scope = .normal) -> Bool {
        guard (openCounts[name] ?? 0) > 0 else { return false }
        return hasInScope(where: { $0.isHTML(name) }, scope)
    }

    /// Whether an HTML element whose name is in `names` is in `scope`.
    func hasInScope(oneOf names: Set<String>, _ scope: Scope = .normal) -> Bool {
        guard names.contains(where: { (openCounts[$0] ?? 0) > 0 }) else { return false }
        return hasInScope(where: { $0.namespace == .html && names.contains($0.name) }, scope)
    }

    /// Whether the element `target` is in `scope`.
    func hasElementInScope(_ target: NodeID, _ scope: Scope = .normal) -> Bool {
        guard isOpen(target) else { return false }
        for id in openElements.reversed() {
            if id == target { return true }
            if isBoundary(node(id), of: scope) { return false }
        }
        return false
    }

    private func hasInScope(where matches: (Node) -> Bool, _ scope: Scope) -> Bool {
        for id in openElements.reversed() {
            let value = node(id)
            if matches(value) { return true }
            if isBoundary(value, of: scope) { return false }
        }
        return false
    }

    /// Pops every current node that has an implied end tag, except one called `exception`.
    func generateImpliedEndTags(except exception: String? = nil) {
        while let current = currentNode {
            let value = node(current)
            guard value.namespace == .html, ElementSets.impliedEnd.contains(value.name),
                value.name != exception
            else { return }
            popCurrent()
        }
    }

    /// Pops every current node that has an implied end tag, table parts included.
    func generateAllImpliedEndTagsThoroughly() {
        while currentIs(oneOf: ElementSets.impliedEndThorough) {
            popCurrent()
        }
    }

    /// The spec's "close a p element".
    func closeParagraph() {
        generateImpliedEndTags(except: "p")
        popUntil("p")
    }

    /// Closes a `<p>` if one is in button scope.
    func closeParagraphInButtonScope() {
        if hasInScope("p", .button) { closeParagraph() }
    }
}
