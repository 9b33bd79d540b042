import HTMLParsing

/// Lays out a parsed HTML body as styled lines that fit a width exactly.
public enum ArticleLayout {
    /// The narrowest width a layout is made for; narrower requests are laid out at this width.
    public static let minimumWidth = 10

    /// The lines of `document` at `width` columns, with its numbered links and images.
    public static func layout(_ document: HTMLDocument, width: Int, options: LayoutOptions = LayoutOptions())
        -> LaidOutDocument
    {
        var builder = LayoutBuilder(document: document, width: max(width, minimumWidth), options: options)
        builder.run()
        return builder.finish()
    }

    /// Parses `html` and lays it out.
    public static func layout(html: String, width: Int, options: LayoutOptions = LayoutOptions())
        -> LaidOutDocument
    {
        layout(HTMLDocument.parse(html), width: width, options: options)
    }
}
