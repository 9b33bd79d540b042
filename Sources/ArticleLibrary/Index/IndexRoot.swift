import Foundation

/// A library root as the user gave it and as the index keys it (absolute, `.` and `..`
/// resolved lexically, symbolic links kept), mapping between the two path forms.
struct IndexRoot {
    /// The path as given (`samples`, `./news/`).
    let given: String
    /// The absolute form that prefixes every key under it.
    let absolute: String

    /// The root for `given`, relative paths resolved against `directory`.
    init(_ given: String, directory: String = FileManager.default.currentDirectoryPath) {
        self.given = given
        let joined = given.hasPrefix("/") ? given : directory + "/" + given
        self.absolute = URL(fileURLWithPath: joined).standardized.path
    }

    /// The key for `path`, a path the scanner gave under this root.
    func key(for path: String) -> String {
        // Under a root given absolute the key is the path itself (one string, not a copy).
        guard given != absolute, path.hasPrefix(given) else { return path }
        return IndexRoot.join(absolute, path.dropFirst(given.count))
    }

    /// The path `Library.load` would give for the file keyed `key` under this root.
    func display(_ key: String) -> String {
        guard given != absolute, key.hasPrefix(absolute) else { return key }
        return IndexRoot.join(given, key.dropFirst(absolute.count))
    }

    /// Keys below this root sort between these two bounds (`/` is followed by `0` in UTF-8).
    var keyRange: (lower: String, upper: String) {
        absolute == "/" ? ("/", "0") : (absolute + "/", absolute + "0")
    }

    /// `base` followed by `rest` with exactly one slash between them (none when `rest` is empty).
    private static func join(_ base: String, _ rest: Substring) -> String {
        if rest.isEmpty { return base }
        switch (base.hasSuffix("/"), rest.hasPrefix("/")) {
        case (true, true): return base + rest.dropFirst()
        case (false, false): return base + "/" + rest
        default: return base + rest
        }
    }
}

extension IndexRoot {
    /// Whether the file keyed `key` is this root or under it.
    func contains(_ key: String) -> Bool {
        let prefix = keyRange.lower.utf8
        return key == absolute || key.utf8.starts(with: prefix)
    }
}

extension SQLiteStatement {
    /// Binds `root` to parameters 1–3 of a statement that selects the rows under it with
    /// `path = ?1 OR (path >= ?2 AND path < ?3)`.
    func bindKeys(of root: IndexRoot) {
        let (lower, upper) = root.keyRange
        bind(1, root.absolute)
        bind(2, lower)
        bind(3, upper)
    }
}
