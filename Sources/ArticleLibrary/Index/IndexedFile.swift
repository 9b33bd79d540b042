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

    /// Reads and parses the file at `key`. `stamp` is the one a scan took before; without it the
    /// read's own is kept, or a `stat`'s when the file cannot be opened. Nil when the file is
    /// gone (it has no stamp at all).
    static func read(key: String, stamp: FileStamp?) -> IndexedFile? {
        let (outcome, readStamp) = ArticleFileReader.readStamped(path: key)
        guard let stamp = stamp ?? readStamp ?? FileStamp(path: key) else { return nil }
        switch outcome {
        case .article(let parsed):
            let body: String
            switch parsed.article.format {
            case .markdown: body = PlainText.fromMarkdown(parsed.body)
            case .markdownWithHTML: body = PlainText.fromHTML(Substring(PlainText.fromMarkdown(parsed.body)))
            case .html: body = PlainText.fromHTML(parsed.body)
            }
            return IndexedFile(
                key: key, size: stamp.size, mtime: stamp.mtime, article: parsed.article,
                warnings: parsed.warnings, body: body)
        case .skipped(let warning):
            return IndexedFile(
                key: key, size: stamp.size, mtime: stamp.mtime, article: nil, warnings: [warning], body: "")
        }
    }
}
