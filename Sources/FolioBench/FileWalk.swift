import Foundation

/// Lists the files under a folder with `opendir`/`readdir`, as cheaply as a scanner can.
enum FileWalk {
    /// The regular files under `root` (recursively, hidden entries skipped), sorted by path.
    static func files(under root: String) -> [String] {
        var found: [String] = []
        var pending = [root]
        while let folder = pending.popLast() {
            guard let stream = opendir(folder) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = folder + "/" + name
                switch kind(Int32(entry.pointee.d_type), path: path) {
                case .folder: pending.append(path)
                case .file: found.append(path)
                case .other: break
                }
            }
        }
        return found.sorted()
    }

    private enum Kind { case folder, file, other }

    private static func kind(_ type: Int32, path: String) -> Kind {
        if type == Int32(DT_DIR) { return .folder }
        if type == Int32(DT_REG) { return .file }
        guard type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) else { return .other }
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }
}
