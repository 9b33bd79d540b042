import Foundation

/// Reads up to a limit of a file's bytes with plain POSIX calls.
enum FileBytes {
    struct Failure: LocalizedError {
        var errorDescription: String?
    }

    /// The first `limit` bytes of `path`, the file's full size, and its stamp as `fstat` gave
    /// it on opening (taken before reading, so a later write shows as a change).
    static func read(path: String, limit: Int) throws -> (bytes: [UInt8], size: Int, stamp: FileStamp) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(errorDescription: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(errorDescription: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(errorDescription: "not a regular file")
        }
        let size = Int(info.st_size)
        let stamp = FileStamp(info)
        let wanted = min(size, limit)
        var bytes = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress.map { $0 + filled }, wanted - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(errorDescription: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        if filled < wanted { bytes.removeLast(wanted - filled) }
        return (bytes, max(size, filled), stamp)
    }
}
