import Foundation

extension LibraryIndex {
    /// How many candidate rows a search confirms on their text at most before it stops.
    static let maxChecked = 5000

    /// The articles under `paths` matching `query`, best first, at most `limit`.
    ///
    /// Ranked by the number of the query's words found in the title, then (where some term goes
    /// through the full-text index) by those found in categories, tags or authors, then by date,
    /// newest first. Searches what `updateSearchIndex` indexed; each
    /// term is planned by `plan` (see `TermPlan`), and candidates of long terms are confirmed
    /// on their text in rank order until `limit` are found. With `readingText`, the full-text
    /// index is not used at all: every term is looked for in each row's stored text (title
    /// matches first, then newest first), which finds what `updateSearchIndex` has not reached.
    public func search(_ query: SearchQuery, paths: [String], limit: Int = 50, readingText: Bool = false)
        throws -> [SearchHit]
    {
        guard limit > 0 else { return [] }
        let roots = paths.map { IndexRoot($0) }
        return try recovering {
            var plans: [String: TermPlan] = [:]
            for term in query.terms where plans[term] == nil {
                plans[term] = readingText ? .scan : try plan(term)
            }
            if plans.values.contains(.nowhere) { return [] }
            let checked = query.terms.filter {
                if case .match(_, needsCheck: true) = plans[$0] { return true }
                return false
            }
            let row = try database.prepare(
                "SELECT \(IndexColumns.select), (SELECT body FROM bodies WHERE id = ?1) FROM files WHERE id = ?1"
            )
            var hits: [SearchHit] = []
            var tried = 0
            let parts: [SearchSQL.Part] =
                SearchSQL.runsInTwoParts(query, plans: plans) ? [.titleMatches, .otherMatches] : [.all]
            for part in parts where hits.count < limit {
                let built = SearchSQL(
                    query, plans: plans, roots: roots, limit: checked.isEmpty ? limit - hits.count : nil,
                    part: part)
                let statement = try database.prepare(built.sql)
                built.bind(to: statement)
                while hits.count < limit, tried < LibraryIndex.maxChecked, try statement.step() {
                    tried += 1
                    let key = statement.string(1)
                    row.bind(1, statement.int64(0))
                    defer { row.reset() }
                    guard try row.step() else { continue }
                    let path = roots.first { $0.contains(key) }?.display(key) ?? key
                    guard let article = IndexColumns.read(row, path: path).0 else { continue }
                    let body = row.string(16)
                    guard checked.allSatisfy({ TextCheck.contains(article, body: body, term: $0) }) else {
                        continue
                    }
                    let snippet = SnippetMaker.snippet(body: body, title: article.title, terms: query.terms)
                    hits.append(SearchHit(article: article, rank: statement.double(2) ?? 0, snippet: snippet))
                }
            }
            return hits
        }
    }
}
