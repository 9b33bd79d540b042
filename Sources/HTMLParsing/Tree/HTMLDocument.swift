/// A parsed HTML document: an arena of nodes linked by `NodeID`.
///
/// Only what a renderer needs is kept: elements (with namespace and attributes) and text.
/// Comments, the doctype node and template contents are dropped while parsing.
public struct HTMLDocument: Sendable {
    /// Every node, indexed by `NodeID.index`; index 0 is the document node. Nodes not
    /// reachable from `root` (template contents, a fragment's context element) are detached.
    public internal(set) var nodes: [Node]
    /// The name of the DOCTYPE, if the input had one.
    public internal(set) var doctype: String?
    /// The `href` of the first `<base>` element that has one.
    public internal(set) var baseURL: String?
    /// Whether the document was parsed in quirks mode.
    public internal(set) var isQuirksMode = false

    /// The document node, root of the tree.
    public var root: NodeID { NodeID(0) }

    /// Creates a document holding only the document node.
    public init() {
        nodes = [Node(kind: .document)]
    }

    /// The node with identifier `id`.
    public subscript(id: NodeID) -> Node {
        nodes[id.index]
    }

    /// The `<html>` element, if the tree has one.
    public var documentElement: NodeID? {
        children(of: root).first { nodes[$0.index].kind == .element }
    }

    /// The `<body>` (or `<frameset>`) element, if the tree has one.
    public var body: NodeID? {
        guard let html = documentElement else { return nil }
        return children(of: html).first {
            let node = nodes[$0.index]
            return node.isHTML("body") || node.isHTML("frameset")
        }
    }
}
