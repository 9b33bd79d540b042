import Foundation

/// One file's row as written to the index: what reading it gave, without its path.
struct IndexedFile {
    /// The file's absolute path (the key).
    var key: String
    /// Size in bytes.
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var mtime: Int64
    /// The article, or nil when the file was skipped (binary, unreadable).
    var article: Article?
    /// The warnings reading it gave.
    var warnings: [LibraryWarning]
    /// The body's text as indexed (`PlainText`).
    var body: String

    /// Reads and parses the file at `key`.
    static func read(key: String, size: Int64, mtime: Int64) -> IndexedFile {
        switch ArticleFileReader.read(path: key) {
        case .article(let parsed):
            let body: String
            switch parsed.article.format {
            case .markdown: body = PlainText.fromMarkdown(parsed.body)
            case .markdownWithHTML: body = PlainText.fromHTML(Substring(PlainText.fromMarkdown(parsed.body)))
            case .html: body = PlainText.fromHTML(parsed.body)
            }
            return IndexedFile(
                key: key, size: size, mtime: mtime, article: parsed.article, warnings: parsed.warnings,
                body: body)
        case .skipped(let warning):
            return IndexedFile(
                key: key, size: size, mtime: mtime, article: nil, warnings: [warning], body: "")
        }
    }
}
