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
    // The links are stored as raw indexes, -1 for none: an optional `NodeID` would take
    // 8 bytes instead of 4, and a node 80 bytes instead of 64.
    private var parentIndex: Int32 = -1
    private var firstChildIndex: Int32 = -1
    private var lastChildIndex: Int32 = -1
    private var previousSiblingIndex: Int32 = -1
    private var nextSiblingIndex: Int32 = -1
    // The one-byte fields come last so that they pack after the links.
    /// The kind of node.
    public internal(set) var kind: Kind
    /// The element's namespace; `.html` for text and the document.
    public internal(set) var namespace: Namespace
    /// `name` interned, for the tree construction rules; `.other` for text and the document.
    let tag: TagID

    /// The parent, or nil for the document and for detached nodes.
    public internal(set) var parent: NodeID? {
        get { Self.link(parentIndex) }
        set { parentIndex = Self.index(newValue) }
    }
    /// The first child.
    public internal(set) var firstChild: NodeID? {
        get { Self.link(firstChildIndex) }
        set { firstChildIndex = Self.index(newValue) }
    }
    /// The last child.
    public internal(set) var lastChild: NodeID? {
        get { Self.link(lastChildIndex) }
        set { lastChildIndex = Self.index(newValue) }
    }
    /// The previous sibling.
    public internal(set) var previousSibling: NodeID? {
        get { Self.link(previousSiblingIndex) }
        set { previousSiblingIndex = Self.index(newValue) }
    }
    /// The next sibling.
    public internal(set) var nextSibling: NodeID? {
        get { Self.link(nextSiblingIndex) }
        set { nextSiblingIndex = Self.index(newValue) }
    }

    @inline(__always)
    private static func link(_ index: Int32) -> NodeID? {
        index < 0 ? nil : NodeID(Int(index))
    }

    @inline(__always)
    private static func index(_ link: NodeID?) -> Int32 {
        link.map { Int32(truncatingIfNeeded: $0.index) } ?? -1
    }

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
