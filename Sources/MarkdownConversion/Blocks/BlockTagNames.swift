/// The tag names that start a type 6 HTML block in cmark-gfm 0.29.0.gfm.6 (no `source`, no `meta`).
enum BlockTagNames {
    private static let names: Set<[UInt8]> = Set(
        [
            "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
            "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
            "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
            "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
        ].map { Array($0.utf8) })

    /// Whether `name` (lowercase ASCII) is a block tag name.
    static func contains(_ name: [UInt8]) -> Bool { names.contains(name) }
}
