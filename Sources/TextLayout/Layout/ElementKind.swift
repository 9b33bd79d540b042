/// How the layout treats an HTML element.
enum ElementKind {
    /// Dropped with its content.
    case hidden
    /// A block that starts on a new line; `margin` adds a blank line before and after.
    case block(margin: Bool)
    /// Inline content with a role.
    case inline(SpanStyle)
    /// Transparent: only its content counts.
    case transparent

    static func of(_ name: String) -> ElementKind {
        if let kind = table[name] { return kind }
        return .transparent
    }

    private static let table: [String: ElementKind] = {
        var t: [String: ElementKind] = [:]
        for name in [
            "script", "style", "template", "noscript", "head", "title", "meta", "link", "base", "svg",
            "area", "track", "source", "param", "frame",
        ] {
            t[name] = .hidden
        }
        for name in [
            "p", "blockquote", "pre", "table", "figure", "hr", "dl", "ul", "ol", "menu", "dir",
            "h1", "h2", "h3", "h4", "h5", "h6", "details", "fieldset", "listing", "xmp", "plaintext",
        ] {
            t[name] = .block(margin: true)
        }
        for name in [
            "div", "section", "article", "header", "footer", "main", "nav", "aside", "address",
            "center", "summary", "form", "hgroup", "li", "dt", "dd", "figcaption", "caption", "tr", "legend",
            "body", "html", "tbody", "thead", "tfoot", "td", "th", "option", "optgroup",
        ] {
            t[name] = .block(margin: false)
        }
        let inline: [(String, SpanStyle)] = [
            ("strong", .strong), ("b", .strong), ("em", .emphasis), ("i", .emphasis), ("cite", .emphasis),
            ("dfn", .emphasis), ("var", .emphasis), ("u", .underline), ("ins", .underline), ("s", .strike),
            ("del", .strike), ("strike", .strike), ("mark", .mark), ("small", .small), ("sub", .small),
            ("sup", .small), ("code", .code), ("kbd", .code), ("samp", .code), ("tt", .code),
        ]
        for (name, style) in inline { t[name] = .inline(style) }
        return t
    }()
}
