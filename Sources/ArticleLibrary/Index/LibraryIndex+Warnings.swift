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
                let (lower, upper) = root.keyRange
                fileQuery.bind(1, root.absolute)
                fileQuery.bind(2, lower)
                fileQuery.bind(3, upper)
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
