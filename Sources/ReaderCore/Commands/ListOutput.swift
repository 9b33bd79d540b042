import ArticleLibrary
import Foundation

/// The text `folio list` prints.
public enum ListOutput {
    /// One JSON array of `{path, title, date, author, categories, tags, image, format}`.
    public static func json(_ articles: [Article]) -> String {
        guard !articles.isEmpty else { return "[]\n" }
        let objects = articles.map { article in
            "  "
                + JSONText.object([
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
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// One line an article, tab-separated: date (or `-`), title, categories, path.
    /// Every field is made safe for a terminal and free of tabs and newlines.
    public static func text(_ articles: [Article]) -> String {
        var out = ""
        for article in articles {
            let fields = [
                article.date.map(ArticleDate.day) ?? "-",
                article.title,
                article.categories.joined(separator: ", "),
                article.path,
            ]
            out += fields.map(OutputText.field).joined(separator: "\t") + "\n"
        }
        return out
    }
}
