import ArticleLibrary
import Foundation

/// The text `folio search` prints.
public enum SearchOutput {
    /// One JSON array of `{path, title, date, snippet, rank}`, best match first; the snippet's
    /// matches are marked `«`…`»`, the rank is the index's score (lower is better: query words
    /// in the title count most, then in categories, tags and authors; ties go newest first).
    public static func json(_ hits: [SearchHit]) -> String {
        guard !hits.isEmpty else { return "[]\n" }
        let objects = hits.map { hit in
            "  "
                + JSONText.object([
                    ("path", JSONText.string(hit.article.path)),
                    ("title", JSONText.string(hit.article.title)),
                    ("date", hit.article.date.map { JSONText.string(ArticleDate.iso8601($0)) } ?? "null"),
                    ("snippet", JSONText.string(hit.snippet.marked())),
                    ("rank", rank(hit.rank)),
                ])
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// One line a match, tab-separated: date (or `-`), title, path, snippet with `«`…`»` around
    /// the matched text. Every field is made safe for a terminal and free of tabs and newlines.
    public static func text(_ hits: [SearchHit]) -> String {
        var out = ""
        for hit in hits {
            let fields = [
                hit.article.date.map(ArticleDate.day) ?? "-",
                hit.article.title,
                hit.article.path,
                hit.snippet.marked(),
            ]
            out += fields.map(OutputText.field).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A finite number in JSON, rounded to six decimals.
    private static func rank(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
