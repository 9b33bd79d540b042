/// Read access for renderers: names, attributes, children and text.
extension HTMLDocument {
    /// The element's local name, or nil when `node` is not an element.
    public func name(of node: NodeID) -> String? {
        nodes[node.index].kind == .element ? nodes[node.index].name : nil
    }

    /// The element's namespace, or nil when `node` is not an element.
    public func namespace(of node: NodeID) -> Namespace? {
        nodes[node.index].kind == .element ? nodes[node.index].namespace : nil
    }

    /// The value of the element's attribute called `name`, if present.
    public func attribute(_ name: String, of node: NodeID) -> String? {
        nodes[node.index].attributes.first { $0.name == name }?.value
    }

    /// The element's attributes in source order (empty for other nodes).
    public func attributes(of node: NodeID) -> [Attribute] {
        nodes[node.index].attributes
    }

    /// The characters of a text node, or nil when `node` is not text.
    public func text(of node: NodeID) -> String? {
        nodes[node.index].kind == .text ? nodes[node.index].text : nil
    }

    /// The parent of `node`, or nil for the root.
    public func parent(of node: NodeID) -> NodeID? {
        nodes[node.index].parent
    }

    /// The children of `node`, in order.
    public func children(of node: NodeID) -> [NodeID] {
        var result: [NodeID] = []
        var child = nodes[node.index].firstChild
        while let current = child {
            result.append(current)
            child = nodes[current.index].nextSibling
        }
        return result
    }

    /// All the text below `node` in document order, concatenated; computed iteratively.
    public func textContent(of node: NodeID) -> String {
        var result = ""
        var walker = TreeWalker(document: self, from: node)
        while let event = walker.next() {
            if case .text(let id) = event {
                result += nodes[id.index].text
            }
        }
        return result
    }

    /// The first element called `name` (HTML namespace) at or below `node`, in document order.
    public func firstElement(named name: String, from node: NodeID? = nil) -> NodeID? {
        var walker = TreeWalker(document: self, from: node ?? root)
        while let event = walker.next() {
            if case .enter(let id) = event, nodes[id.index].isHTML(name) {
                return id
            }
        }
        return nil
    }
}
