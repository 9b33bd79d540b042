import ArticleLibrary

/// The order in which `LibraryScanner` meets the files under some roots: root by root; in a
/// folder, its files by name, then its subfolders by name, each walked whole.
///
/// The index returns a file's warnings in the library's sort order; `folio list` prints them in
/// this order, as reading every file directly does.
struct ScanOrder {
    /// The roots as given, in order.
    let roots: [String]

    /// `warnings` reordered: the scan's own (unlistable folders) first as they are, then the
    /// files' in scan order; the warnings of one file keep their order.
    func sorted(_ warnings: [LibraryWarning]) -> [LibraryWarning] {
        let keys = warnings.enumerated().map { offset, warning in
            Key(
                isScan: warning.message.hasPrefix(ScanOrder.scanMessagePrefix), root: root(of: warning.path),
                components: warning.path.split(separator: "/"), offset: offset)
        }
        return keys.sorted(by: ScanOrder.precedes).map { warnings[$0.offset] }
    }

    /// How the scanner's own warnings begin.
    static let scanMessagePrefix = "cannot list folder: "

    private struct Key {
        var isScan: Bool
        var root: Int
        var components: [Substring]
        var offset: Int
    }

    /// The first root holding `path` (roots.count when none does).
    private func root(of path: String) -> Int {
        roots.firstIndex { root in
            path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        } ?? roots.count
    }

    private static func precedes(_ a: Key, _ b: Key) -> Bool {
        if a.isScan != b.isScan { return a.isScan }
        if a.isScan { return a.offset < b.offset }
        if a.root != b.root { return a.root < b.root }
        let (x, y) = (a.components, b.components)
        for level in 0..<min(x.count, y.count) where x[level] != y[level] {
            // A file (the last component) comes before every subfolder of its folder.
            let xIsFile = level == x.count - 1
            if xIsFile != (level == y.count - 1) { return xIsFile }
            return x[level] < y[level]
        }
        if a.components.count != b.components.count { return a.components.count < b.components.count }
        return a.offset < b.offset
    }
}
