import Foundation

/// A set of articles read from files and folders, with the warnings met reading them.
public struct Library: Sendable {
    /// How the articles are ordered.
    public enum SortOrder: String, Sendable, CaseIterable {
        /// Newest first; undated articles last, by title.
        case date
        /// By title.
        case title
        /// By path.
        case path
    }

    /// The articles, in the order requested.
    public var articles: [Article]
    /// Problems met; none stopped the library from loading.
    public var warnings: [LibraryWarning]

    /// Creates a library from articles already read.
    public init(articles: [Article], warnings: [LibraryWarning] = []) {
        self.articles = articles
        self.warnings = warnings
    }

    /// Reads every article under `paths`. Throws only when a path does not exist.
    public static func load(paths: [String], sort: SortOrder = .date) throws -> Library {
        let (files, scanWarnings) = try LibraryScanner.files(under: paths)
        var articles: [Article] = []
        var warnings = scanWarnings
        articles.reserveCapacity(files.count)
        for file in files {
            switch ArticleFileReader.read(path: file) {
            case .article(let parsed):
                articles.append(parsed.article)
                warnings += parsed.warnings
            case .skipped(let warning):
                warnings.append(warning)
            }
        }
        var library = Library(articles: articles, warnings: warnings)
        library.sort(by: sort)
        return library
    }

    /// Reorders the articles.
    public mutating func sort(by order: SortOrder) {
        articles.sort { Library.precedes($0, $1, order: order) }
    }

    /// Whether the articles are already in `order` (one comparison per article, no copies).
    public func isSorted(by order: SortOrder) -> Bool {
        articles.indices.dropFirst().allSatisfy {
            !Library.precedes(articles[$0], articles[$0 - 1], order: order)
        }
    }

    /// Whether `a` comes before `b` in `order`; ties fall back to title (`TitleOrder`), then
    /// path (by UTF-8 bytes).
    public static func precedes(_ a: Article, _ b: Article, order: SortOrder) -> Bool {
        switch order {
        case .date:
            switch (a.date, b.date) {
            case (let x?, let y?) where x != y: return x > y
            case (.some, .none): return true
            case (.none, .some): return false
            default: break
            }
            return precedes(a, b, order: .title)
        case .title:
            let order = TitleOrder.compare(a.title, b.title)
            if order != 0 { return order < 0 }
            return pathPrecedes(a.path, b.path)
        case .path:
            return pathPrecedes(a.path, b.path)
        }
    }

    /// Paths in the order of their UTF-8 bytes, as SQLite orders them.
    private static func pathPrecedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
