extension LibraryIndex {
    /// How `term` is best looked for (see `TermPlan`).
    func plan(_ term: String) throws -> TermPlan {
        let scalars = Array(term.unicodeScalars)
        if scalars.count >= 3 { return TermPlan.long(scalars) }
        let prefix = TermPlan.folded(term)
        let statement = try database.prepare(
            "SELECT term, doc FROM fts_terms WHERE term >= ?1 AND term < ?2 LIMIT ?3")
        statement.bind(1, prefix)
        statement.bind(2, prefix + "\u{10FFFF}")
        statement.bind(3, Int64(TermPlan.maxTrigrams + 1))
        var trigrams: [String] = []
        var rows = 0
        // Every term in that range starts with the bytes of `prefix`.
        while try statement.step() {
            trigrams.append(statement.string(0))
            rows += Int(statement.int64(1))
        }
        return TermPlan.short(trigrams: trigrams, rows: rows)
    }
}
