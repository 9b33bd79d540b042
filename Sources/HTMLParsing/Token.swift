/// One attribute of a start tag, in source order.
public struct Attribute: Equatable, Sendable {
    /// The attribute name, lowercased as the tokenizer emits it.
    public var name: String
    /// The attribute value with character references decoded.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A start or end tag as the tokenizer emits it.
public struct Tag: Equatable, Sendable {
    /// The tag name, lowercased.
    public var name: String
    /// The attributes; a duplicate name keeps its first occurrence only.
    public var attributes: [Attribute]
    /// Whether the tag ended with `/>`.
    public var selfClosing: Bool

    /// Creates a tag.
    public init(name: String, attributes: [Attribute] = [], selfClosing: Bool = false) {
        self.name = name
        self.attributes = attributes
        self.selfClosing = selfClosing
    }

    /// The value of the first attribute called `name`, if any.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// A DOCTYPE token.
public struct Doctype: Equatable, Sendable {
    /// The name, or nil when the DOCTYPE has none.
    public var name: String?
    /// The public identifier, or nil when missing.
    public var publicIdentifier: String?
    /// The system identifier, or nil when missing.
    public var systemIdentifier: String?
    /// The spec's force-quirks flag.
    public var forceQuirks: Bool

    /// Creates a DOCTYPE token.
    public init(
        name: String? = nil, publicIdentifier: String? = nil, systemIdentifier: String? = nil,
        forceQuirks: Bool = false
    ) {
        self.name = name
        self.publicIdentifier = publicIdentifier
        self.systemIdentifier = systemIdentifier
        self.forceQuirks = forceQuirks
    }
}

/// A token of the WHATWG HTML tokenizer.
public enum Token: Equatable, Sendable {
    /// `<!DOCTYPE ...>`.
    case doctype(Doctype)
    /// `<name ...>`.
    case startTag(Tag)
    /// `</name>`; attributes and the self-closing flag are kept but carry no meaning.
    case endTag(Tag)
    /// `<!-- data -->`, or a bogus comment.
    case comment(String)
    /// A run of characters; adjacent runs may or may not be merged.
    case character(String)
    /// The end of input; `next()` keeps returning it.
    case endOfFile
}

/// The tokenizer states a tokenizer can start in or be switched to by a tree builder.
public enum TokenizerState: String, Sendable, CaseIterable {
    /// The data state.
    case data = "Data state"
    /// The RCDATA state (title, textarea).
    case rcdata = "RCDATA state"
    /// The RAWTEXT state (style, xmp, iframe, noembed, noframes).
    case rawtext = "RAWTEXT state"
    /// The script data state.
    case scriptData = "Script data state"
    /// The PLAINTEXT state.
    case plaintext = "PLAINTEXT state"
    /// The CDATA section state.
    case cdataSection = "CDATA section state"
}

/// What a tree builder needs from a tokenizer: tokens on demand, and control of the state.
public protocol TokenSource {
    /// The next token; `.endOfFile` at the end, repeatedly.
    mutating func next() -> Token
    /// Switches the tokenizer to `state`, as the tree builder does after `<title>`, `<style>`,
    /// `<script>`, `<plaintext>` and the like.
    mutating func switchState(to state: TokenizerState)
    /// Whether `<![CDATA[` opens a CDATA section (the adjusted current node is foreign:
    /// SVG or MathML) rather than a bogus comment. The tree builder keeps it up to date.
    var allowsCDATA: Bool { get set }
}
