import Foundation

extension LibraryIndex {
    /// How many files the first batch reads: small, so the first titles arrive at once.
    static let firstBatchSize = 64
    /// How many files a batch reads at most (parsed in parallel, written in one transaction);
    /// each batch doubles the last until it reaches this.
    static let batchSize = 1024

    /// Brings the index up to date with the files under `paths` and returns the library.
    ///
    /// Scans the folders, stats every file and reads again only the ones whose size or
    /// modification time differ from the index (new files too); rows of files gone from under
    /// `paths` are deleted. Files are parsed in parallel batches, each written in one
    /// transaction, so an interrupted refresh keeps what it finished. `progress` receives
    /// `IndexProgress` once before the first batch (nothing read yet) and after each batch,
    /// with the articles it wrote; batches start small and grow. Throws `LibraryScanner.MissingPath` for a
    /// path that does not exist, `SQLiteError` when the index cannot be written.
    public func refresh(
        paths: [String], sort: Library.SortOrder = .date, progress: ((IndexProgress) -> Void)? = nil
    ) throws -> (library: Library, changes: IndexChanges) {
        let changes = try update(paths: paths, progress: progress)
        let roots = paths.map { IndexRoot($0) }
        let library = try recovering {
            try load(roots: roots, sort: sort, requireKnownRoots: false) ?? Library(articles: [])
        }
        return (library, changes)
    }

    /// `refresh` without building the library: what a reader showing `cachedLibrary` runs in
    /// the background, reloading the cached library only when the changes are not all zero.
    ///
    /// When the index holds nothing under `paths` (a first indexing), every file is new: the
    /// first batch is read as soon as the walk has found that many files (its progress has no
    /// total yet: `total` 0), before the rest of the tree is listed; files are not stat'ed ahead
    /// of reading (each one's stamp comes from the `fstat` of its read) and no table of the scan
    /// is kept, so the first titles come sooner and the memory the list grows into is not held
    /// by the scan. A later refresh compares as it walks (`RescanComparison`), keeping only a
    /// digest of each stored path, so a rescan of 100,000 files holds a few megabytes.
    public func update(paths: [String], progress: ((IndexProgress) -> Void)? = nil) throws -> IndexChanges {
        let roots = paths.map { IndexRoot($0) }
        return try recovering {
            let rows = try rowCount(under: roots)
            let (changes, warnings) =
                rows == 0
                ? try firstIndexing(roots: roots, progress: progress)
                : try rescan(roots: roots, rows: rows, progress: progress)
            try database.transaction {
                let statement = try database.prepare(
                    "INSERT OR REPLACE INTO roots (path, warnings, refreshed) VALUES (?1, ?2, ?3)")
                let now = Date().timeIntervalSince1970
                for (root, found) in zip(roots, warnings) {
                    statement.bind(1, root.absolute)
                    statement.bind(
                        2, IndexColumns.jsonObject(found.map { (root.key(for: $0.path), $0.message) }))
                    statement.bind(3, now)
                    try statement.run()
                }
            }
            return changes
        }
    }

    /// Reads every file under `roots` into an index that has none of them: the first batch
    /// from the first files the walk finds, then the rest once the whole tree is listed.
    private func firstIndexing(roots: [IndexRoot], progress: ((IndexProgress) -> Void)?) throws -> (
        IndexChanges, [[LibraryWarning]]
    ) {
        let givens = roots.map(\.given)
        let first = try LibraryScanner.filesByPath(under: givens, limit: LibraryIndex.firstBatchSize)
        let head = Array(
            LibraryIndex.firstReading(first, roots: roots, skipping: []).prefix(LibraryIndex.firstBatchSize))
        try write(head, replacing: [], roots: roots, progress: progress, total: 0)
        let listed = try LibraryScanner.filesByPath(under: givens)
        let done = Set(head.lazy.map { PathKey($0.key) })
        let rest = LibraryIndex.firstReading(listed, roots: roots, skipping: done)
        var changes = IndexChanges()
        changes.added = head.count + rest.count
        try write(
            rest, replacing: [], roots: roots, progress: progress, alreadyRead: head.count,
            total: changes.added)
        return (changes, listed.map(\.warnings))
    }

    /// The files of a first indexing, keyed, without stamps (each read takes its own), less
    /// those keyed in `done`; a file named under two paths is read once.
    private static func firstReading(
        _ listed: [(files: [String], warnings: [LibraryWarning])], roots: [IndexRoot],
        skipping done: Set<PathKey>
    ) -> [(key: String, stamp: FileStamp?)] {
        var toRead: [(key: String, stamp: FileStamp?)] = []
        toRead.reserveCapacity(listed.reduce(0) { $0 + $1.files.count })
        var seen = Set<PathKey>()
        for (root, scan) in zip(roots, listed) {
            for file in scan.files {
                let key = root.key(for: file)
                // One path's scan never repeats a file; only a later path can.
                if roots.count > 1, !seen.insert(PathKey(key)).inserted { continue }
                if !done.isEmpty, done.contains(PathKey(key)) { continue }
                toRead.append((key, nil))
            }
        }
        return toRead
    }

    /// Walks `roots` comparing each file's stamp with the stored one as it goes; reads the new
    /// and changed files and deletes the rows of files gone.
    private func rescan(roots: [IndexRoot], rows: Int, progress: ((IndexProgress) -> Void)?) throws -> (
        IndexChanges, [[LibraryWarning]]
    ) {
        var comparison = RescanComparison(stored: try storedFiles(under: roots, rows: rows), roots: roots)
        let warnings = try LibraryScanner.visitFiles(under: roots.map(\.given)) { path, file in
            comparison.add(file, under: path)
            return true
        }
        let gone = comparison.finish()
        var changes = comparison.changes
        changes.removed = gone.count
        if !gone.isEmpty {
            let delete = try database.prepare("DELETE FROM files WHERE id = ?1")
            try database.transaction {
                for id in gone {
                    delete.bind(1, id)
                    try delete.run()
                }
            }
        }
        try write(comparison.toRead, replacing: comparison.replacing, roots: roots, progress: progress)
        return (changes, warnings)
    }

    /// The stamps of `files`, in order (nil for a file gone since the scan), stat'ed on all
    /// cores in chunks: the one `stat` a file is most of a rescan.
    static func stamps(of files: [String]) -> [FileStamp?] {
        let chunk = 512
        let chunks = (files.count + chunk - 1) / chunk
        let results = ResultSlots<[FileStamp?]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { n in
            let range = n * chunk..<min(files.count, (n + 1) * chunk)
            results.set(n, files[range].map { FileStamp(path: $0) })
        }
        return results.values.flatMap { $0 }
    }

    /// The path `cachedLibrary` gives for the file keyed `key`: under the first root holding it.
    static func display(_ key: String, roots: [IndexRoot]) -> String {
        roots.first { $0.contains(key) }.map { $0.display(key) } ?? key
    }

    /// The stamp and row of every indexed file under `roots` (`rows` of them, as `rowCount`
    /// gave), with the digest of its key, sorted for `RescanComparison`.
    private func storedFiles(under roots: [IndexRoot], rows: Int) throws -> [RescanComparison.Stored] {
        let statement = try database.prepare(
            "SELECT path, size, mtime, id FROM files WHERE path = ?1 OR (path >= ?2 AND path < ?3)")
        var stored: [RescanComparison.Stored] = []
        stored.reserveCapacity(rows)
        for root in roots {
            statement.bindKeys(of: root)
            while try statement.step() {
                stored.append(
                    RescanComparison.Stored(
                        digest: PathDigest(bytes: statement.textBytes(0)),
                        stamp: FileStamp(size: statement.int64(1), mtime: statement.int64(2)),
                        id: statement.int64(3)))
            }
            statement.reset()
        }
        RescanComparison.sortRows(&stored)
        return stored
    }
}
