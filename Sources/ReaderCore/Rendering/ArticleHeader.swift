import ArticleLibrary
import Foundation
import TextLayout

/// The lines above an article's body: title, then date, authors and categories.
public enum ArticleHeader {
    /// The header lines of `article` at `width`, ending with a blank line.
    public static func lines(_ article: Article, width: Int, dateShown: Date? = nil) -> [StyledLine] {
        let wrapper = LineWrapper()
        var lines = wrapper.wrap(
            InlineText(TerminalSafe.sanitize(article.title), style: .heading1), width: width)
        var meta: [String] = []
        if let date = article.date {
            // A date written without a time (`2019-02-19`) is shown without one.
            let hasTime = article.dateText?.contains(":") ?? true
            meta.append(hasTime ? ArticleDate.dayAndTime(date) : ArticleDate.day(date))
        } else if let dateShown {
            meta.append(ArticleDate.day(dateShown) + " (file time)")
        }
        if let author = article.author { meta.append(author) }
        if !article.categories.isEmpty { meta.append(article.categories.joined(separator: ", ")) }
        if !meta.isEmpty {
            let text = TerminalSafe.sanitize(meta.joined(separator: " · "))
            lines += wrapper.wrap(InlineText(text, style: .dim), width: width)
        }
        lines.append(StyledLine())
        return lines
    }
}
