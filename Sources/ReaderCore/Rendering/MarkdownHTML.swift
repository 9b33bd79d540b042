import MarkdownConversion

/// The bridge from Markdown bodies to HTML: cmark-gfm with its size bounds.
enum MarkdownHTML {
    private static let converter = MarkdownConverter()

    static func convert(_ markdown: String) -> (html: String, notices: [String]) {
        let result = converter.convert(markdown)
        return (result.html, result.notices)
    }
}
