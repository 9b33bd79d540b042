import Foundation

/// The SQL for a search and its parameters, built together so their numbers match.
///
/// Terms planned as `.match` go to FTS5 (the trigram index) as expressions of quoted trigrams,
/// so no FTS5 syntax in them is ever interpreted; terms planned as `.scan` are looked for with
/// `instr()` over the stored text of the rows the rest of the query leaves.
struct SearchSQL {
    /// A parameter's value.
    enum Value {
        case text(String)
        case number(Double)
        case integer(Int64)
    }

    /// Which matches a query returns. A query with no FTS5 term must look at every row's text;
    /// split in two, the second part can walk the date index newest first and stop at `limit`.
    enum Part {
        /// Every match, best first.
        case all
        /// Only matches with a query word in the title, best first.
        case titleMatches
        /// Only matches with no query word in the title, newest first.
        case otherMatches
    }

    private(set) var sql = ""
    private(set) var values: [Value] = []

    /// Whether `query` is best run as `.titleMatches` then `.otherMatches`: when every term is a scan.
    static func runsInTwoParts(_ query: SearchQuery, plans: [String: TermPlan]) -> Bool {
        !query.terms.isEmpty && query.terms.allSatisfy { plans[$0] == .scan }
    }

    /// The query finding `query`'s matches under `roots`, best first: id, path, rank; at most
    /// `limit` (all when nil). Terms without a plan are scans.
    init(
        _ query: SearchQuery, plans: [String: TermPlan], roots: [IndexRoot], limit: Int?, part: Part = .all
    ) {
        let expressions = query.terms.compactMap { term -> String? in
            if case .match(let expression, _) = plans[term] { return expression }
            return nil
        }
        let short = query.terms.filter { plans[$0] == nil || plans[$0] == .scan }
        let titleHits =
            query.terms.isEmpty
            ? "0"
            : query.terms.map {
                "(instr(lower(f.title), \(add(.text(SnippetMaker.asciiLowercased($0))))) > 0)"
            }
            .joined(separator: " + ")
        if expressions.isEmpty {
            sql =
                "SELECT f.id, f.path, 0.0, \(titleHits) AS th FROM files f JOIN bodies b ON b.id = f.id WHERE f.skipped = 0"
        } else {
            // bm25 is no use with `detail=none` (it tokenizes each row's text again): the score
            // counts terms found in the title (10 each) and in categories, tags or authors (4).
            let metaHits = query.terms.map { term -> String in
                let p = add(.text(SnippetMaker.asciiLowercased(term)))
                return "(instr(lower(f.categories), \(p)) > 0 OR instr(lower(f.tags), \(p)) > 0"
                    + " OR instr(lower(f.authors), \(p)) > 0)"
            }
            .joined(separator: " + ")
            let match = expressions.joined(separator: " AND ")
            sql = """
                SELECT f.id, f.path, -(10 * (\(titleHits)) + 4 * (\(metaHits))) AS score, \(titleHits) AS th
                FROM fts JOIN files f ON f.id = fts.rowid\(short.isEmpty ? "" : " JOIN bodies b ON b.id = f.id") WHERE fts MATCH \(add(.text(match))) AND f.skipped = 0
                """
        }
        // The title test first: SQLite evaluates the terms in order, and it is cheaper than any.
        switch part {
        case .all: break
        case .titleMatches: sql += " AND th > 0"
        case .otherMatches: sql += " AND th = 0"
        }
        let rootTests = roots.map { root in
            let (lower, upper) = root.keyRange
            // `+f.path`: not through the path index, so date order can walk `files_order`.
            return "+f.path = \(add(.text(root.absolute))) OR (+f.path >= \(add(.text(lower))) "
                + "AND +f.path < \(add(.text(upper))))"
        }
        sql += " AND (" + rootTests.joined(separator: " OR ") + ")"
        for tag in query.tags { sql += " AND instr(lower(f.tags), lower(\(add(.text(listItem(tag)))))) > 0" }
        for category in query.categories {
            sql += " AND instr(lower(f.categories), lower(\(add(.text(listItem(category)))))) > 0"
        }
        for author in query.authors {
            sql += " AND instr(lower(f.authors), lower(\(add(.text(author))))) > 0"
        }
        if let after = query.after {
            sql += " AND f.date >= \(add(.number(after.timeIntervalSinceReferenceDate)))"
        }
        if let before = query.before {
            sql += " AND f.date < \(add(.number(before.timeIntervalSinceReferenceDate)))"
        }
        for term in short {
            let lowered = SnippetMaker.asciiLowercased(term)
            let p = add(.text(lowered))
            let body =
                term.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
                ? "lower(b.body)" : "b.body"
            sql +=
                " AND (instr(lower(f.title), \(p)) OR instr(lower(f.categories), \(p))"
                + " OR instr(lower(f.tags), \(p)) OR instr(lower(f.authors), \(p)) OR instr(\(body), \(p)))"
        }
        let score = expressions.isEmpty ? "" : "score, "
        switch part {
        case .all where query.terms.isEmpty: sql += " ORDER BY f.date DESC"
        case .all: sql += " ORDER BY th DESC, \(score)f.date DESC NULLS LAST, f.path"
        case .titleMatches where query.terms.count == 1:
            // One term: every title match ties on `th`, so walk the date index and stop at `limit`.
            sql += " ORDER BY f.date DESC"
        case .titleMatches: sql += " ORDER BY th DESC, \(score)f.date DESC NULLS LAST, f.path"
        case .otherMatches: sql += " ORDER BY f.date DESC"
        }
        if let limit { sql += " LIMIT \(add(.integer(Int64(limit))))" }
    }

    /// Binds the values to `statement`.
    func bind(to statement: SQLiteStatement) {
        for (n, value) in values.enumerated() {
            let index = Int32(n + 1)
            switch value {
            case .text(let text): statement.bind(index, text)
            case .number(let number): statement.bind(index, number)
            case .integer(let integer): statement.bind(index, integer)
            }
        }
    }

    private func listItem(_ item: String) -> String {
        String(IndexColumns.separator) + item + String(IndexColumns.separator)
    }

    /// Adds a parameter and gives its placeholder.
    private mutating func add(_ value: Value) -> String {
        values.append(value)
        return "?\(values.count)"
    }
}
