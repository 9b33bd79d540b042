/// The outcome of converting one Markdown body: HTML for Folio's HTML parser, and notices for the reader.
public struct MarkdownConversionResult: Sendable, Equatable {
    /// The HTML fragment (no `<html>`/`<body>` wrapper); raw HTML from the source is passed through.
    public var html: String
    /// Short sentences telling the reader what was not converted normally, in source order.
    public var notices: [String]

    /// Creates a result from HTML and notices.
    public init(html: String, notices: [String]) {
        self.html = html
        self.notices = notices
    }
}
