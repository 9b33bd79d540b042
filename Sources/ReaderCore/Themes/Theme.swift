import TextLayout

/// A color theme: how each semantic role of the screen and the text looks.
///
/// Roles are dotted names; a role with no line of its own falls back to its parent
/// (`list.focus.unread` → `list.focus` → `list`), and every role lies over `text`.
public struct Theme: Hashable, Sendable {
    /// The theme's name (its file name without `.theme`).
    public var name: String
    /// The styles by role.
    public var styles: [String: ThemeStyle]

    /// Creates a theme.
    public init(name: String, styles: [String: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `role`, following fallbacks, over the base `text` style.
    public func style(_ role: String) -> ThemeStyle {
        (styles["text"] ?? ThemeStyle()).overlaid(with: ownStyle(role) ?? ThemeStyle())
    }

    /// The style named for `role` or its nearest parent, without the base.
    public func ownStyle(_ role: String) -> ThemeStyle? {
        var name = Substring(role)
        while true {
            if let style = styles[String(name)] { return style }
            guard let dot = name.lastIndex(of: ".") else { return nil }
            name = name[..<dot]
        }
    }

    /// Text roles from weakest to strongest: later ones are laid over earlier ones.
    static let textRoleOrder: [(SpanStyle, String)] = [
        (.quote, "quote"), (.small, "small"), (.caption, "caption"), (.code, "code"), (.strong, "strong"),
        (.emphasis, "em"), (.underline, "u"), (.strike, "s"), (.tableHeader, "th"), (.tableRule, "table"),
        (.link, "link"), (.linkMarker, "link.marker"), (.mark, "mark"), (.image, "image"),
        (.listMarker, "bullet"),
        (.quoteBar, "quote.bar"), (.rule, "rule"), (.headingRule, "heading.rule"),
        (.continuation, "continuation"),
        (.heading3, "h3"), (.heading2, "h2"), (.heading1, "h1"), (.dim, "dim"),
    ]

    /// The style of laid-out text playing the roles in `span`.
    public func style(for span: SpanStyle) -> ThemeStyle {
        var result = styles["text"] ?? ThemeStyle()
        for (role, name) in Theme.textRoleOrder where span.contains(role) {
            if let style = ownStyle(name) { result = result.overlaid(with: style) }
        }
        return result
    }
}
