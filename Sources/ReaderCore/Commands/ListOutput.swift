import ArticleLibrary
import Foundation

/// The text `folio list` prints.
public enum ListOutput {
    /// One JSON array of `{path, title, date, author, categories, tags, image, format}`.
    public static func json(_ articles: [Article]) -> String {
        var out = ""
        write(articles, json: true) { out += $0 }
        return out
    }

    /// One line an article, tab-separated: date (or `-`), title, categories, path.
    /// Every field is made safe for a terminal and free of tabs and newlines.
    public static func text(_ articles: [Article]) -> String {
        var out = ""
        write(articles, json: false) { out += $0 }
        return out
    }

    /// Gives `json(articles)` or `text(articles)` to `sink` in pieces of about `piece` bytes,
    /// so a large library's listing is never whole in memory.
    public static func write(
        _ articles: [Article], json: Bool, piece: Int = 1 << 16, to sink: (String) -> Void
    ) {
        if json && articles.isEmpty {
            sink("[]\n")
            return
        }
        var out = json ? "[\n" : ""
        out.reserveCapacity(piece + 4096)
        for (index, article) in articles.enumerated() {
            if json {
                if index > 0 { out += ",\n" }
                out += "  " + object(article)
            } else {
                out += line(article)
            }
            if out.utf8.count >= piece {
                sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if json { out += "\n]\n" }
        if !out.isEmpty { sink(out) }
    }

    private static func object(_ article: Article) -> String {
        JSONText.object([
            ("path", JSONText.string(article.path)),
            ("title", JSONText.string(article.title)),
            ("date", article.date.map { JSONText.string(ArticleDate.iso8601($0)) } ?? "null"),
            ("author", JSONText.optional(article.author)),
            ("categories", JSONText.array(article.categories)),
            ("tags", JSONText.array(article.tags)),
            ("image", JSONText.optional(article.image)),
            ("format", JSONText.string(article.format.rawValue)),
        ])
    }

    private static func line(_ article: Article) -> String {
        let fields = [
            article.date.map(ArticleDate.day) ?? "-",
            article.title,
            article.categories.joined(separator: ", "),
            article.path,
        ]
        return fields.map(OutputText.field).joined(separator: "\t") + "\n"
    }
}
