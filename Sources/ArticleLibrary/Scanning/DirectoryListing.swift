import Foundation

/// Lists a folder's entries with `opendir`/`readdir`.
enum DirectoryListing {
    /// What `readdir` says an entry is, without a `stat`.
    enum Kind {
        /// A regular file (not a link).
        case file
        /// A folder (not a link).
        case folder
        /// A symbolic link, or a file system that does not say: `stat` to know.
        case other
    }

    /// The names in `folder` other than `.` and `..`, or nil when it cannot be opened.
    static func names(in folder: String) -> [String]? {
        entries(in: folder)?.map(\.name)
    }

    /// The entries of `folder` other than `.` and `..` with their kinds, or nil when it
    /// cannot be opened.
    static func entries(in folder: String) -> [(name: String, kind: Kind)]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: bytes[..<length], as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            let type = Int(entry.pointee.d_type)
            let kind: Kind = type == Int(DT_REG) ? .file : type == Int(DT_DIR) ? .folder : .other
            entries.append((name, kind))
        }
        return entries
    }
}
