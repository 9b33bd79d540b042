/// One node of an `HTMLDocument`: the document itself, an element or a run of text.
///
/// Nodes live in the document's arena and refer to each other by `NodeID`, so every
/// traversal can be iterative and the tree can be as deep as the input makes it.
public struct Node: Sendable {
    /// What a node is.
    public enum Kind: UInt8, Sendable {
        /// The root of the tree.
        case document
        /// An element with a name, a namespace and attributes.
        case element
        /// A run of characters; adjacent text is merged into one node.
        case text
    }

    /// The element's local name (lowercase for HTML; SVG names keep their camel case), or "".
    public internal(set) var name: String
    /// The element's attributes in source order.
    public internal(set) var attributes: [Attribute]
    /// The characters of a text node, or "".
    public internal(set) var text: String
    /// The parent, or nil for the document and for detached nodes.
    public internal(set) var parent: NodeID?
    /// The first child.
    public internal(set) var firstChild: NodeID?
    /// The last child.
    public internal(set) var lastChild: NodeID?
    /// The previous sibling.
    public internal(set) var previousSibling: NodeID?
    /// The next sibling.
    public internal(set) var nextSibling: NodeID?
    // The one-byte fields come last so that they pack after the links.
    /// The kind of node.
    public internal(set) var kind: Kind
    /// The element's namespace; `.html` for text and the document.
    public internal(set) var namespace: Namespace
    /// `name` interned, for the tree construction rules; `.other` for text and the document.
    let tag: TagID

    init(
        kind: Kind, name: String = "", namespace: Namespace = .html, attributes: [Attribute] = [],
        text: String = ""
    ) {
        self.kind = kind
        self.name = name
        self.tag = kind == .element ? TagID(name) : .other
        self.namespace = namespace
        self.attributes = attributes
        self.text = text
    }

    /// Whether this is an element called `name` in the HTML namespace.
    public func isHTML(_ name: String) -> Bool {
        kind == .element && namespace == .html && self.name == name
    }

    /// Whether this is the HTML element `tag` (never true for `.other`).
    func isHTML(_ tag: TagID) -> Bool {
        namespace == .html && self.tag == tag && tag != .other
    }
}
