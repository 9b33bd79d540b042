import Foundation

/// A file's size and modification time (nanoseconds since 1970): what tells a changed file.
struct FileStamp: Equatable {
    var size: Int64
    var mtime: Int64

    /// The stamp of `path`, or nil when it cannot be stat'ed (gone since the scan).
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp `stat` or `fstat` gave.
    init(_ info: stat) {
        size = Int64(info.st_size)
        mtime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    init(size: Int64, mtime: Int64) {
        self.size = size
        self.mtime = mtime
    }
}
