import ArticleLibrary
import Foundation

/// One corpus file, read and parsed ahead of any timing.
struct CorpusArticle {
    /// The file's path.
    var path: String
    /// The file's size in bytes.
    var size: Int
    /// The parsed article: metadata and body.
    var parsed: ArticleParser.Parsed

    /// Whether the body is HTML (rather than Markdown, with or without embedded HTML).
    var isHTML: Bool { parsed.article.format == .html }

    /// Every article file under `folder`, in the scanner's stable order; skipped files are left out.
    static func load(from folder: String) throws -> [CorpusArticle] {
        let files = try LibraryScanner.files(under: [folder]).files
        var articles: [CorpusArticle] = []
        for path in files {
            let size = fileSize(path)
            switch ArticleFileReader.read(path: path, limit: ArticleFileReader.readingLimit) {
            case .article(let parsed): articles.append(CorpusArticle(path: path, size: size, parsed: parsed))
            case .skipped: continue
            }
        }
        return articles
    }

    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
