/// The stack of open elements as the tree construction rules use it: popping, scope checks
/// and implied end tags.
extension TreeBuilder {
    /// The open elements, bottom first.
    var openElements: [NodeID] { stack.elements }

    /// The current node (bottommost open element).
    var currentNode: NodeID? { stack.elements.last }

    /// The context element in the fragment case when only `<html>` is open, else the current node.
    var adjustedCurrentNode: NodeID? {
        if let context, stack.elements.count == 1 { return context }
        return stack.elements.last
    }

    /// Whether the adjusted current node is an SVG or MathML element.
    var adjustedCurrentNodeIsForeign: Bool {
        guard let node = adjustedCurrentNode else { return false }
        return document.nodes[node.index].namespace != .html
    }

    /// Whether a `<template>` is open.
    var hasTemplateOpen: Bool { stack.count(of: .template) > 0 }

    /// The node with identifier `id`.
    func node(_ id: NodeID) -> Node {
        document.nodes[id.index]
    }

    /// Whether `id` is an HTML element called `name`.
    func isHTML(_ id: NodeID, _ name: String) -> Bool {
        document.nodes[id.index].isHTML(name)
    }

    /// Whether `id` is the HTML element `tag`.
    func isHTML(_ id: NodeID, _ tag: TagID) -> Bool {
        document.nodes[id.index].tag == tag && document.nodes[id.index].namespace == .html && tag != .other
    }

    /// Whether the current node is the HTML element `tag`.
    func currentIs(_ tag: TagID) -> Bool {
        guard let current = currentNode else { return false }
        return isHTML(current, tag)
    }

    /// Whether the current node is an HTML element whose name is in `names`.
    func currentIs(oneOf names: TagSet) -> Bool {
        guard let current = currentNode, document.nodes[current.index].namespace == .html else {
            return false
        }
        return names.contains(document.nodes[current.index].tag)
    }

    /// Whether `id` is on the stack of open elements.
    func isOpen(_ id: NodeID) -> Bool {
        stack.contains(id)
    }

    mutating func push(_ id: NodeID) {
        stack.push(
            id, name: document.nodes[id.index].name, tag: document.nodes[id.index].tag,
            namespace: document.nodes[id.index].namespace)
    }

    @discardableResult
    mutating func popCurrent() -> NodeID? {
        guard let id = stack.pop() else { return nil }
        if sawSelectedContent, isHTML(id, .option) { optionPopped(id) }
        return id
    }

    /// Pops elements until an HTML element called `name` has been popped.
    mutating func popUntil(_ name: String) {
        let tag = TagID(name)
        if tag != .other { return popUntil(tag) }
        guard stack.count(named: name) > 0 else { return }
        while let id = popCurrent(), !isHTML(id, name) {}
    }

    /// Pops elements until the HTML element `tag` (not `.other`) has been popped.
    mutating func popUntil(_ tag: TagID) {
        guard stack.count(of: tag) > 0 else { return }
        while let id = popCurrent(), !isHTML(id, tag) {}
    }

    /// Pops elements until an HTML element whose name is in `names` has been popped.
    mutating func popUntil(oneOf names: TagSet) {
        while let id = popCurrent() {
            if document.nodes[id.index].namespace == .html, names.contains(document.nodes[id.index].tag) {
                return
            }
        }
    }

    /// Pops elements until `element` has been popped.
    mutating func popUntil(element: NodeID) {
        guard isOpen(element) else { return }
        while let id = popCurrent(), id != element {}
    }

    /// Removes `element` from wherever it is in the stack.
    mutating func removeFromStack(_ element: NodeID) {
        stack.remove(element)
    }

    /// Pops until the current node is an HTML element in `names` (clearing back to a context).
    mutating func clearStack(backTo names: TagSet) {
        while currentNode != nil, !currentIs(oneOf: names) {
            popCurrent()
        }
    }

    /// Whether an HTML element called `name` is in `scope`.
    func hasInScope(_ name: String, _ scope: Scope = .normal) -> Bool {
        stack.hasInScope(name, scope)
    }

    /// Whether the HTML element `tag` (not `.other`) is in `scope`.
    func hasInScope(_ tag: TagID, _ scope: Scope = .normal) -> Bool {
        stack.hasInScope(tag, scope)
    }

    /// Whether an HTML element whose name is in `names` is in `scope`.
    func hasInScope(oneOf names: TagSet, _ scope: Scope = .normal) -> Bool {
        TagID.allCases.contains { names.contains($0) && stack.hasInScope($0, scope) }
    }

    /// Whether the element `target` is in `scope`.
    func hasElementInScope(_ target: NodeID, _ scope: Scope = .normal) -> Bool {
        stack.hasElementInScope(target, scope)
    }

    /// Pops every current node that has an implied end tag, except one called `exception`.
    mutating func generateImpliedEndTags(except exception: String) {
        generateImpliedEndTags(except: TagID(exception))
    }

    /// Pops every current node that has an implied end tag, except the element `exception`.
    mutating func generateImpliedEndTags(except exception: TagID? = nil) {
        while let current = currentNode {
            let tag = document.nodes[current.index].tag
            guard document.nodes[current.index].namespace == .html, ElementSets.impliedEnd.contains(tag),
                tag != exception
            else { return }
            popCurrent()
        }
    }

    /// Pops every current node that has an implied end tag, table parts included.
    mutating func generateAllImpliedEndTagsThoroughly() {
        while currentIs(oneOf: ElementSets.impliedEndThorough) {
            popCurrent()
        }
    }

    /// The spec's "close a p element".
    mutating func closeParagraph() {
        generateImpliedEndTags(except: .p)
        popUntil(.p)
    }

    /// Closes a `<p>` if one is in button scope.
    mutating func closeParagraphInButtonScope() {
        if hasInScope(.p, .button) { closeParagraph() }
    }
}
