import ArticleLibrary
import Foundation
import HTMLParsing
import MarkdownConversion

/// An article's body as HTML, whatever it was written in, with notices about how it was read.
public struct ArticleBody: Sendable {
    /// The HTML to lay out.
    public var html: String
    /// Things the reader should be told (a long line shown as plain text, a file cut short).
    public var notices: [String]

    /// The body of `parsed` as HTML: HTML bodies as they are, Markdown through cmark-gfm.
    public static func make(_ parsed: ArticleParser.Parsed) -> ArticleBody {
        let text = String(parsed.body)
        switch parsed.article.format {
        case .html:
            return ArticleBody(html: text, notices: [])
        case .markdown, .markdownWithHTML:
            let converted = MarkdownHTML.convert(text)
            return ArticleBody(html: converted.html, notices: converted.notices)
        }
    }
}
