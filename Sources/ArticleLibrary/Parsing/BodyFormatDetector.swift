/// Decides whether a body is HTML, Markdown, or Markdown with HTML embedded.
///
/// A declared format (`format: html` in the front matter) wins. `.html`/`.htm` files are HTML.
/// Otherwise a body that starts with an HTML block element and has no Markdown block syntax
/// at the start of its lines is HTML; a body with HTML tags anywhere is Markdown with HTML;
/// the rest is Markdown. Only the first 256 KiB are examined.
enum BodyFormatDetector {
    static let sampleLimit = 256 * 1024

    private static let blockTags: Set<String> = [
        "html", "body", "div", "p", "article", "section", "header", "main", "table", "figure", "h1", "h2",
        "h3",
        "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "span", "img", "a", "br", "center", "font",
        "strong",
    ]

    static func detect(body: Substring, pathExtension: String, declared: String?) -> BodyFormat {
        let sample = body.utf8.count > sampleLimit ? body.prefix(sampleLimit / 2) : body
        let hasTags = HTMLTagSniffer.containsTag(sample)
        if let declared = declared?.lowercased() {
            if declared.contains("htm") { return .html }
            if declared.contains("markdown") || declared == "md" || declared == "gfm" {
                return hasTags ? .markdownWithHTML : .markdown
            }
        }
        let ext = pathExtension.lowercased()
        if ext == "html" || ext == "htm" { return .html }
        let trimmed = sample.drop { $0.isWhitespace }
        if let name = HTMLTagSniffer.leadingTagName(trimmed), blockTags.contains(name) || name == "!doctype" {
            return MarkdownSniffer.hasBlockSyntax(sample) ? .markdownWithHTML : .html
        }
        return hasTags ? .markdownWithHTML : .markdown
    }
}
