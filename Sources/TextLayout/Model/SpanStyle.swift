/// The semantic roles a piece of laid-out text plays; themes map roles to colors.
///
/// A span can play several roles at once (a link inside a heading inside a quote), so the
/// style is a set. Roles say what the text is, never how it looks.
public struct SpanStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32

    /// Creates a style from its raw bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `strong`, `b`.
    public static let strong = SpanStyle(rawValue: 1 << 0)
    /// `em`, `i`, `cite`, `dfn`, `var`.
    public static let emphasis = SpanStyle(rawValue: 1 << 1)
    /// `u`, `ins`.
    public static let underline = SpanStyle(rawValue: 1 << 2)
    /// `s`, `del`, `strike`.
    public static let strike = SpanStyle(rawValue: 1 << 3)
    /// `mark`.
    public static let mark = SpanStyle(rawValue: 1 << 4)
    /// `small`, `sub`, `sup`.
    public static let small = SpanStyle(rawValue: 1 << 5)
    /// `code`, `kbd`, `samp`, `tt`, and preformatted text.
    public static let code = SpanStyle(rawValue: 1 << 6)
    /// The text of a link.
    public static let link = SpanStyle(rawValue: 1 << 7)
    /// A link's reference marker, `[N]`.
    public static let linkMarker = SpanStyle(rawValue: 1 << 8)
    /// An image or media placeholder, `[image N: alt]`.
    public static let image = SpanStyle(rawValue: 1 << 9)
    /// A level-1 heading.
    public static let heading1 = SpanStyle(rawValue: 1 << 10)
    /// A level-2 heading.
    public static let heading2 = SpanStyle(rawValue: 1 << 11)
    /// A heading of level 3 to 6.
    public static let heading3 = SpanStyle(rawValue: 1 << 12)
    /// A blockquote's bar.
    public static let quoteBar = SpanStyle(rawValue: 1 << 13)
    /// A list item's bullet or number.
    public static let listMarker = SpanStyle(rawValue: 1 << 14)
    /// Table borders and rules.
    public static let tableRule = SpanStyle(rawValue: 1 << 15)
    /// A table header cell.
    public static let tableHeader = SpanStyle(rawValue: 1 << 16)
    /// A figure caption.
    public static let caption = SpanStyle(rawValue: 1 << 17)
    /// A horizontal rule.
    public static let rule = SpanStyle(rawValue: 1 << 18)
    /// The marker of a preformatted line continued on the next line.
    public static let continuation = SpanStyle(rawValue: 1 << 19)
    /// Text shown for something that is not content: unknown template tags, notices.
    public static let dim = SpanStyle(rawValue: 1 << 20)
    /// Quoted text (inside a blockquote).
    public static let quote = SpanStyle(rawValue: 1 << 21)
    /// A heading's underline.
    public static let headingRule = SpanStyle(rawValue: 1 << 22)

    /// Every role with its name, in a fixed order (dumps, themes).
    public static let named: [(String, SpanStyle)] = [
        ("h1", .heading1), ("h2", .heading2), ("h3", .heading3), ("hr-heading", .headingRule),
        ("strong", .strong), ("em", .emphasis), ("u", .underline), ("s", .strike), ("mark", .mark),
        ("small", .small), ("code", .code), ("link", .link), ("marker", .linkMarker), ("image", .image),
        ("quote", .quote), ("bar", .quoteBar), ("bullet", .listMarker), ("th", .tableHeader),
        ("table", .tableRule), ("caption", .caption), ("hr", .rule), ("cont", .continuation), ("dim", .dim),
    ]

    /// The role names in this style, joined by `+` (`strong+link`), or "" for plain text.
    public var names: String {
        SpanStyle.named.filter { contains($0.1) }.map(\.0).joined(separator: "+")
    }
}
