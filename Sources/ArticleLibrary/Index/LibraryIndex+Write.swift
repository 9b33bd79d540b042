import Foundation

extension LibraryIndex {
    /// Reads, parses and writes the files `toRead` in batches (the first small, each next one
    /// twice as large up to `batchSize`): while one batch is written to the database, the next
    /// is read and parsed on the other cores. Rows of the keys in `replacing` are deleted first.
    /// `progress` receives each batch's articles once it is written, counted after
    /// `alreadyRead` files out of `total` (by default, `toRead` is all there is).
    func write(
        _ toRead: [(key: String, stamp: FileStamp?)], replacing: Set<PathKey>, roots: [IndexRoot],
        progress: ((IndexProgress) -> Void)?, alreadyRead: Int = 0, total: Int? = nil
    ) throws {
        let delete = try database.prepare("DELETE FROM files WHERE path = ?1")
        let insert = try database.prepare(IndexColumns.insert)
        let insertBody = try database.prepare(IndexColumns.insertBody)
        let total = total ?? toRead.count
        progress?(IndexProgress(read: alreadyRead, total: total))
        var ranges: [Range<Int>] = []
        var size = LibraryIndex.firstBatchSize
        while (ranges.last?.upperBound ?? 0) < toRead.count {
            let start = ranges.last?.upperBound ?? 0
            ranges.append(start..<min(toRead.count, start + size))
            size = min(LibraryIndex.batchSize, size * 2)
        }
        guard let first = ranges.first else { return }
        var files = LibraryIndex.readInParallel(Array(toRead[first]))
        for (n, range) in ranges.enumerated() {
            let upcoming = ResultSlots<[IndexedFile]>(count: 1)
            let group = DispatchGroup()
            if n + 1 < ranges.count {
                let batch = Array(toRead[ranges[n + 1]])
                DispatchQueue.global(qos: .utility).async(group: group) {
                    upcoming.set(0, LibraryIndex.readInParallel(batch))
                }
            }
            try database.transaction {
                for file in files {
                    if replacing.contains(PathKey(file.key)) {
                        delete.bind(1, file.key)
                        try delete.run()
                    }
                    IndexColumns.bind(file, to: insert)
                    try insert.run()
                    insertBody.bind(1, file.body)
                    try insertBody.run()
                }
            }
            filesRead += files.count
            if let progress {
                let articles = files.compactMap { file in
                    file.article.map { article in
                        var article = article
                        article.path = LibraryIndex.display(file.key, roots: roots)
                        return article
                    }
                }
                progress(
                    IndexProgress(read: alreadyRead + range.upperBound, total: total, articles: articles))
            }
            group.wait()
            files = upcoming.values.first ?? []
        }
    }

    /// Reads and parses `batch` on all cores, keeping its order; files gone since the scan are
    /// left out.
    static func readInParallel(_ batch: [(key: String, stamp: FileStamp?)]) -> [IndexedFile] {
        let results = ResultSlots<IndexedFile>(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { n in
            let file = batch[n]
            if let read = IndexedFile.read(key: file.key, stamp: file.stamp) { results.set(n, read) }
        }
        return results.values
    }
}
