extension LibraryIndex {
    /// Rows added to the full-text index per transaction.
    public static let searchBatchSize = 256
    /// The most articles missing from the full-text index that a search adds before it runs
    /// (about a second of work); with more missing, a search reads the stored text instead
    /// (`search(readingText:)`) rather than wait minutes for the index.
    public static let searchCatchUpLimit = 500

    /// How many indexed articles are not yet in the full-text index.
    public func pendingSearchCount() throws -> Int {
        try recovering { Int(try database.integer("SELECT count(*) FROM pending")) }
    }

    /// Adds the articles `refresh` stored to the full-text index, in batches of one transaction
    /// each (an interrupted run keeps what it finished). Search only sees articles added here,
    /// so call it after `refresh` (in the background: it costs far more than reading the files,
    /// about 3 MB of text a second). `progress` receives (added, total) after each batch; stop
    /// early by returning false from it. `isStopped` is asked after every row: when it says so,
    /// the rows added so far are committed and the update ends (a program quitting mid-batch
    /// then closes its connection in milliseconds, leaving no write-ahead log to recover).
    public func updateSearchIndex(progress: ((Int, Int) -> Bool)? = nil, isStopped: (() -> Bool)? = nil)
        throws
    {
        try recovering {
            let total = Int(try database.integer("SELECT count(*) FROM pending"))
            guard total > 0 else { return }
            let next = try database.prepare(
                """
                SELECT d.id, d.title, d.categories, d.tags, d.authors, d.body
                FROM pending p JOIN documents d ON d.id = p.id ORDER BY p.id LIMIT \(LibraryIndex.searchBatchSize)
                """)
            let insert = try database.prepare(
                "INSERT INTO fts (rowid, title, categories, tags, authors, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
            )
            let done = try database.prepare("DELETE FROM pending WHERE id = ?1")
            var added = 0
            while true {
                let count = try database.transaction { () throws -> Int in
                    var ids: [Int64] = []
                    while try next.step() {
                        let id = next.int64(0)
                        ids.append(id)
                        insert.bind(1, id)
                        for column in Int32(1)...5 { insert.bind(column + 1, next.text(column)) }
                        try insert.run()
                        if isStopped?() == true { break }
                    }
                    next.reset()
                    for id in ids {
                        done.bind(1, id)
                        try done.run()
                    }
                    return ids.count
                }
                added += count
                if count == 0 || isStopped?() == true || progress?(added, total) == false { return }
            }
        }
    }
}
