/// What a rescan finds, worked out as the walk goes: listed files are stat'ed in parallel
/// chunks and compared with the stored stamps, kept sorted by path digest (40 bytes a file,
/// found by binary search) with a mark for each one seen; the rows never seen are gone. Only
/// a chunk of paths, the stored stamps and the files to read are held at a time, not every path
/// of the library.
struct RescanComparison {
    /// A stored file: the digest of its key, its stamp and its row.
    struct Stored {
        var digest: PathDigest
        var stamp: FileStamp
        var id: Int64
    }

    /// Files stat'ed together (on all cores).
    static let chunk = 4_096

    private let stored: [Stored]
    private var seenRows: [Bool]
    private let roots: [IndexRoot]
    private var pending: [(path: Int, file: String)] = []
    /// Digests listed, to read a file listed under two paths once (only with several paths).
    private var listed: Set<PathDigest>?
    /// New and changed files counted so far.
    private(set) var changes = IndexChanges()
    /// The files to read: new ones and changed ones, keyed, with the stamps they had.
    private(set) var toRead: [(key: String, stamp: FileStamp?)] = []
    /// The keys of changed files, whose rows are replaced.
    private(set) var replacing = Set<PathKey>()

    /// A comparison with `stored`, the index's rows under `roots`, in the order `sortRows` gives.
    init(stored: [Stored], roots: [IndexRoot]) {
        self.stored = stored
        seenRows = Array(repeating: false, count: stored.count)
        self.roots = roots
        listed = roots.count > 1 ? [] : nil
        pending.reserveCapacity(Self.chunk)
    }

    /// Sorts `rows` by digest in place and drops a row given twice (under two paths).
    static func sortRows(_ rows: inout [Stored]) {
        rows.sort { $0.digest < $1.digest }
        var kept = 0
        for row in rows.indices where kept == 0 || rows[kept - 1].digest != rows[row].digest {
            rows.swapAt(kept, row)
            kept += 1
        }
        rows.removeLast(rows.count - kept)
    }

    /// Takes a listed file, found under path number `path`.
    mutating func add(_ file: String, under path: Int) {
        pending.append((path, file))
        if pending.count >= Self.chunk { compare() }
    }

    /// Compares what is pending; gives the rows of files no longer there.
    mutating func finish() -> [Int64] {
        compare()
        return zip(stored, seenRows).compactMap { $1 ? nil : $0.id }
    }

    private mutating func compare() {
        let stamps = LibraryIndex.stamps(of: pending.map(\.file))
        for ((path, file), stamp) in zip(pending, stamps) {
            guard let stamp else { continue }
            let key = roots[path].key(for: file)
            let digest = PathDigest(key)
            if listed != nil, listed?.insert(digest).inserted != true { continue }
            guard let row = index(of: digest) else {
                changes.added += 1
                toRead.append((key, stamp))
                continue
            }
            seenRows[row] = true
            if stored[row].stamp != stamp {
                changes.changed += 1
                toRead.append((key, stamp))
                replacing.insert(PathKey(key))
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// The position of `digest` in `stored`, by binary search.
    private func index(of digest: PathDigest) -> Int? {
        var low = 0
        var high = stored.count
        while low < high {
            let middle = (low + high) / 2
            if stored[middle].digest < digest { low = middle + 1 } else { high = middle }
        }
        return low < stored.count && stored[low].digest == digest ? low : nil
    }
}
