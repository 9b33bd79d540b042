extension LibraryIndex {
    /// The articles under `paths` matching `query`, best first, at most `limit`.
    ///
    /// Ranked by the number of the query's words found in the title, then FTS5's bm25 (title
    /// weighted 10, categories, tags and authors 4, body 1) where the query has terms of three or
    /// more characters, then date, newest first. Searches what the last `refresh` indexed.
    public func search(_ query: SearchQuery, paths: [String], limit: Int = 50) throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        let roots = paths.map { IndexRoot($0) }
        return try recovering {
            var found: [(id: Int64, key: String, rank: Double)] = []
            let parts: [SearchSQL.Part] =
                SearchSQL.runsInTwoParts(query) ? [.titleMatches, .otherMatches] : [.all]
            for part in parts where found.count < limit {
                let built = SearchSQL(query, roots: roots, limit: limit - found.count, part: part)
                let statement = try database.prepare(built.sql)
                built.bind(to: statement)
                while try statement.step() {
                    found.append((statement.int64(0), statement.string(1), statement.double(2) ?? 0))
                }
            }
            let row = try database.prepare(
                "SELECT \(IndexColumns.select), (SELECT body FROM bodies WHERE id = ?1) FROM files WHERE id = ?1"
            )
            var hits: [SearchHit] = []
            for item in found {
                row.bind(1, item.id)
                defer { row.reset() }
                guard try row.step() else { continue }
                let root = roots.first { $0.contains(item.key) }
                let path = root?.display(item.key) ?? item.key
                guard let article = IndexColumns.read(row, path: path).0 else { continue }
                let snippet = SnippetMaker.snippet(
                    body: row.string(16), title: article.title, terms: query.terms)
                hits.append(SearchHit(article: article, rank: item.rank, snippet: snippet))
            }
            return hits
        }
    }
}
