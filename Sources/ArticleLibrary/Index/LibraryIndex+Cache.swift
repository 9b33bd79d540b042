import Foundation

extension LibraryIndex {
    /// The library under `paths` from the index alone, parsing no file, sorted like
    /// `Library.load`; nil when a path has never been refreshed (or the index was unusable).
    /// It may be stale: follow it with `refresh`. With `limit`, only the first `limit` articles
    /// in that order (with the warnings of those and of the scan): a first screen in
    /// milliseconds at any size when sorted by date (which walks an index). `detail` says which
    /// fields to fill in (`.listing` for a reader's list).
    public func cachedLibrary(
        paths: [String], sort: Library.SortOrder = .date, limit: Int? = nil, detail: ArticleDetail = .full
    ) -> Library? {
        let roots = paths.map { IndexRoot($0) }
        return
            (try? recovering {
                try load(
                    roots: roots, sort: sort, requireKnownRoots: true, limit: limit.map { max(0, $0) },
                    detail: detail)
            }) ?? nil
    }

    /// Reads the articles under `roots` from the index (the first `limit` when given), with the
    /// stored warnings.
    func load(
        roots: [IndexRoot], sort: Library.SortOrder, requireKnownRoots: Bool, limit: Int? = nil,
        detail: ArticleDetail = .full
    ) throws -> Library? {
        let rootQuery = try database.prepare("SELECT warnings FROM roots WHERE path = ?1")
        // Rows come in order, so the final sort only checks it (one comparison a row).
        let order = IndexColumns.order(sort)
        let fileQuery = try database.prepare(
            """
            SELECT \(IndexColumns.select) FROM files
            WHERE \(sort == .date ? "+path" : "path") = ?1 OR (+path >= ?2 AND +path < ?3)
            ORDER BY \(order)\(limit.map { " LIMIT \($0)" } ?? "")
            """)
        var articles: [Article] = []
        // Room for all at once: grown by doubling, the array of a whole library would hold
        // up to twice the room it needs, on top of the copy it was grown from.
        articles.reserveCapacity(try limit ?? rowCount(under: roots))
        var lists = IndexColumns.ListCache()
        var warnings: [LibraryWarning] = []
        var fileWarnings: [LibraryWarning] = []
        var seen = Set<String>()
        for root in roots {
            rootQuery.bind(1, root.absolute)
            if try rootQuery.step() {
                let stored = rootQuery.text(0).map(IndexColumns.pairs(fromJSON:)) ?? []
                warnings += stored.map { LibraryWarning(path: root.display($0.0), message: $0.1) }
            } else if requireKnownRoots {
                return nil
            }
            rootQuery.reset()
            fileQuery.bindKeys(of: root)
            defer { fileQuery.reset() }
            while try fileQuery.step() {
                let key = fileQuery.string(0)
                if roots.count > 1, !seen.insert(key).inserted { continue }
                let (article, found) = IndexColumns.read(
                    fileQuery, path: root.display(key), lists: &lists, detail: detail)
                if let article { articles.append(article) }
                fileWarnings += found
            }
        }
        var library = Library(articles: articles, warnings: warnings + fileWarnings)
        if roots.count > 1 || !library.isSorted(by: sort) { library.sort(by: sort) }
        if let limit, library.articles.count > limit {
            library.articles.removeLast(library.articles.count - limit)
        }
        return library
    }
}
