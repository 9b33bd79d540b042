/// The html5lib test-suite text form of a tree, for tests and debugging.
extension HTMLDocument {
    /// The subtree below `node` (the document by default) as html5lib `| ` lines: `<tag>`,
    /// `<svg tag>` / `<math tag>` for foreign elements, attributes sorted one level deeper,
    /// and `"text"`. Built without recursion.
    public func dump(from node: NodeID? = nil) -> String {
        var lines: [String] = []
        var depth = 0
        let start = node ?? root
        walk(from: start) { event in
            switch event {
            case .enter(let id):
                if id != start {
                    appendElement(id, depth: depth, to: &lines)
                }
                depth += 1
            case .exit:
                depth -= 1
            case .text(let id):
                lines.append("| " + indent(depth - 1) + "\"" + nodes[id.index].text + "\"")
            }
            return .proceed
        }
        return lines.joined(separator: "\n")
    }

    private func appendElement(_ id: NodeID, depth: Int, to lines: inout [String]) {
        let node = nodes[id.index]
        let prefix: String
        switch node.namespace {
        case .html: prefix = ""
        case .svg: prefix = "svg "
        case .mathml: prefix = "math "
        }
        lines.append("| " + indent(depth - 1) + "<" + prefix + node.name + ">")
        let attributes = node.attributes.map { attribute in
            (Self.displayName(of: attribute.name, foreign: node.namespace != .html), attribute.value)
        }
        for (name, value) in attributes.sorted(by: { $0.0 < $1.0 }) {
            lines.append("| " + indent(depth) + name + "=\"" + value + "\"")
        }
    }

    private func indent(_ depth: Int) -> String {
        String(repeating: "  ", count: max(depth, 0))
    }

    /// html5lib writes namespaced foreign attributes as `prefix name`.
    private static func displayName(of name: String, foreign: Bool) -> String {
        guard foreign, ForeignNames.namespacedAttributes.contains(name) else { return name }
        return name.split(separator: ":", maxSplits: 1).joined(separator: " ")
    }
}
