import Glibc

/// A path as a hash key compared by its UTF-8 bytes, as the file system and SQLite compare
/// paths; `String`'s own hashing normalises Unicode first, which costs more than the `stat`.
struct PathKey: Hashable {
    /// The path.
    let path: String

    init(_ path: String) {
        self.path = path
    }

    static func == (a: PathKey, b: PathKey) -> Bool {
        var x = a.path
        var y = b.path
        return x.withUTF8 { p in
            y.withUTF8 { q in
                guard p.count == q.count else { return false }
                guard let first = p.baseAddress, let second = q.baseAddress else { return true }
                return memcmp(first, second, p.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var path = path
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
