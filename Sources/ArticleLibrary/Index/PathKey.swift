/// A path as a hash key compared by its UTF-8 bytes, as the file system and SQLite compare
/// paths; `String`'s own hashing normalises Unicode first, which costs more than the `stat`.
struct PathKey: Hashable {
    /// The path.
    let path: String

    init(_ path: String) {
        self.path = path
    }

    static func == (a: PathKey, b: PathKey) -> Bool {
        a.path.utf8.elementsEqual(b.path.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var path = path
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
