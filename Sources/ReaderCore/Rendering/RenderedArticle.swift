import ArticleLibrary
import Foundation
import HTMLParsing
import TextLayout

/// An article ready to show: header and body laid out for one width.
public struct RenderedArticle: Sendable {
    /// The article's metadata.
    public var article: Article
    /// Header lines then body lines, links and images numbered.
    public var document: LaidOutDocument
    /// How many of `document.lines` are the header.
    public var headerLineCount: Int
    /// Notices about how the body was read.
    public var notices: [String]

    /// Lays out `parsed` at `width`.
    public static func render(_ parsed: ArticleParser.Parsed, width: Int, body: ArticleBody? = nil)
        -> RenderedArticle
    {
        let body = body ?? ArticleBody.make(parsed)
        let html = HTMLDocument.parse(body.html)
        let width = max(width, ArticleLayout.minimumWidth)
        var document = ArticleLayout.layout(
            html, width: width, options: LayoutOptions(documentURL: parsed.article.url))
        var header = ArticleHeader.lines(parsed.article, width: width)
        for notice in body.notices {
            header.insert(
                contentsOf: LineWrapper().wrap(InlineText("[" + notice + "]", style: .dim), width: width),
                at: header.count - 1)
        }
        document.lines.insert(contentsOf: header, at: 0)  // moves the body's lines, no copies
        return RenderedArticle(
            article: parsed.article, document: document, headerLineCount: header.count, notices: body.notices)
    }
}
