/// Building the tree: creating, linking, unlinking and moving nodes. Internal to the parser.
extension HTMLDocument {
    /// Creates a detached element and returns its identifier.
    mutating func makeElement(_ name: String, namespace: Namespace, attributes: [Attribute]) -> NodeID {
        let id = NodeID(nodes.count)
        nodes.append(Node(kind: .element, name: name, namespace: namespace, attributes: attributes))
        return id
    }

    /// Creates a detached text node and returns its identifier.
    mutating func makeText(_ text: String) -> NodeID {
        let id = NodeID(nodes.count)
        nodes.append(Node(kind: .text, text: text))
        return id
    }

    /// Links the detached `child` into `parent`, before `reference` or last when it is nil.
    mutating func insert(_ child: NodeID, into parent: NodeID, before reference: NodeID? = nil) {
        let previous = reference.map { nodes[$0.index].previousSibling } ?? nodes[parent.index].lastChild
        nodes[child.index].parent = parent
        nodes[child.index].previousSibling = previous
        nodes[child.index].nextSibling = reference
        if let previous {
            nodes[previous.index].nextSibling = child
        } else {
            nodes[parent.index].firstChild = child
        }
        if let reference {
            nodes[reference.index].previousSibling = child
        } else {
            nodes[parent.index].lastChild = child
        }
    }

    /// Unlinks `node` from its parent, if it has one; its subtree stays attached to it.
    mutating func detach(_ node: NodeID) {
        guard let parent = nodes[node.index].parent else { return }
        let previous = nodes[node.index].previousSibling
        let next = nodes[node.index].nextSibling
        if let previous {
            nodes[previous.index].nextSibling = next
        } else {
            nodes[parent.index].firstChild = next
        }
        if let next {
            nodes[next.index].previousSibling = previous
        } else {
            nodes[parent.index].lastChild = previous
        }
        nodes[node.index].parent = nil
        nodes[node.index].previousSibling = nil
        nodes[node.index].nextSibling = nil
    }

    /// Moves `node` (with its subtree) to the end of `parent`'s children.
    mutating func reparent(_ node: NodeID, to parent: NodeID) {
        detach(node)
        insert(node, into: parent)
    }

    /// Moves every child of `source` to the end of `target`, keeping their order.
    mutating func moveChildren(of source: NodeID, to target: NodeID) {
        while let child = nodes[source.index].firstChild {
            reparent(child, to: target)
        }
    }

    /// Inserts characters into `parent` before `reference` (or last), merging with the text
    /// node just before that position when there is one.
    mutating func insertText<S: StringProtocol>(
        _ text: S, into parent: NodeID, before reference: NodeID? = nil
    ) {
        if text.isEmpty { return }
        let previous = reference.map { nodes[$0.index].previousSibling } ?? nodes[parent.index].lastChild
        if let previous, nodes[previous.index].kind == .text {
            nodes[previous.index].text.append(contentsOf: text)
            return
        }
        let node = makeText(String(text))
        insert(node, into: parent, before: reference)
    }
}

/// Deep copies, built without recursion.
extension HTMLDocument {
    /// Appends copies of `source`'s children (with their subtrees) to `target`.
    mutating func cloneChildren(of source: NodeID, into target: NodeID) {
        var pending: [(original: NodeID, parent: NodeID)] = children(of: source).reversed().map {
            ($0, target)
        }
        while let (original, parent) = pending.popLast() {
            let value = nodes[original.index]
            if value.kind == .text {
                insertText(value.text, into: parent)
                continue
            }
            let copy = makeElement(value.name, namespace: value.namespace, attributes: value.attributes)
            insert(copy, into: parent)
            pending.append(contentsOf: children(of: original).reversed().map { ($0, copy) })
        }
    }
}
