import Foundation

extension LibraryIndex {
    /// The warnings the last refresh of `paths` met (the scan's, then each file's, files in
    /// path order), without loading the library: what `folio search` reports.
    public func storedWarnings(paths: [String]) throws -> [LibraryWarning] {
        let roots = paths.map { IndexRoot($0) }
        return try recovering {
            let rootQuery = try database.prepare("SELECT warnings FROM roots WHERE path = ?1")
            let fileQuery = try database.prepare(
                """
                SELECT path, warnings FROM files INDEXED BY files_warned
                WHERE warnings IS NOT NULL AND (path = ?1 OR (path >= ?2 AND path < ?3)) ORDER BY path
                """)
            var scanWarnings: [LibraryWarning] = []
            var fileWarnings: [LibraryWarning] = []
            var seen = Set<String>()
            for root in roots {
                rootQuery.bind(1, root.absolute)
                if try rootQuery.step(), let stored = rootQuery.text(0) {
                    scanWarnings += IndexColumns.pairs(fromJSON: stored).map {
                        LibraryWarning(path: root.display($0.0), message: $0.1)
                    }
                }
                rootQuery.reset()
                fileQuery.bindKeys(of: root)
                defer { fileQuery.reset() }
                while try fileQuery.step() {
                    let key = fileQuery.string(0)
                    guard seen.insert(key).inserted else { continue }
                    fileWarnings += IndexColumns.decode(
                        warnings: fileQuery.string(1), path: root.display(key))
                }
            }
            return scanWarnings + fileWarnings
        }
    }
}

extension LibraryIndex {
    /// When the least recently refreshed of `paths` was last refreshed (`refresh` or `update`
    /// finished), or nil when one never was.
    public func lastRefresh(paths: [String]) throws -> Date? {
        try recovering {
            let statement = try database.prepare("SELECT refreshed FROM roots WHERE path = ?1")
            var oldest: Date?
            for root in paths.map({ IndexRoot($0) }) {
                defer { statement.reset() }
                statement.bind(1, root.absolute)
                guard try statement.step(), let seconds = statement.double(0) else { return nil }
                let date = Date(timeIntervalSince1970: seconds)
                oldest = min(oldest ?? date, date)
            }
            return oldest
        }
    }
}

extension LibraryIndex {
    /// How many files under `paths` the index has rows for (skipped files included; a file
    /// under two of the paths counts twice): zero means a refresh reads every file anew.
    public func fileCount(paths: [String]) throws -> Int {
        try recovering { try rowCount(under: paths.map { IndexRoot($0) }) }
    }

    /// How many rows the index holds under `roots` (a file under two of them counts twice).
    func rowCount(under roots: [IndexRoot]) throws -> Int {
        let statement = try database.prepare(
            "SELECT count(*) FROM files WHERE path = ?1 OR (path >= ?2 AND path < ?3)")
        var count = 0
        for root in roots {
            defer { statement.reset() }
            statement.bindKeys(of: root)
            if try statement.step() { count += Int(statement.int64(0)) }
        }
        return count
    }
}
