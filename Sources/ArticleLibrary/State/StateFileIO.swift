import Foundation

/// The POSIX calls behind the state store: whole-file reads, crash-safe replacement, private
/// folders and an advisory lock.
enum StateFileIO {
    /// The contents of `path`, or nil when it does not exist. Throws when it cannot be read
    /// or is larger than `limit` bytes.
    static func read(_ path: String, limit: Int) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw UserStateStoreError.system("cannot open", path, errno: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw UserStateStoreError.system("cannot read", path, errno: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw UserStateStoreError(path: path, action: "cannot read", reason: "not a regular file")
        }
        guard Int(info.st_size) <= limit else {
            throw UserStateStoreError(
                path: path, action: "will not read", reason: "larger than \(limit / 1_048_576) MiB")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw UserStateStoreError.system("cannot read", path, errno: errno)
            }
            if n == 0 { break }
            filled += n
            guard filled <= limit else {
                throw UserStateStoreError(
                    path: path, action: "will not read", reason: "larger than \(limit / 1_048_576) MiB")
            }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Replaces `path` (inside `folder`) with `bytes` so that any crash leaves either the old
    /// file or the new one whole: the bytes go to a fresh temporary file in the same folder,
    /// which is flushed to disk, renamed over `path`, and the folder entry is flushed too.
    static func replace(_ path: String, in folder: String, with bytes: [UInt8], temporaryPrefix: String)
        throws
    {
        let temporary = folder + "/" + temporaryPrefix + "\(getpid())-" + randomSuffix()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw UserStateStoreError.system("cannot create", temporary, errno: errno) }
        var written = false
        defer { if !written { unlink(temporary) } }
        do {
            defer { close(fd) }
            try writeAll(fd, bytes, path: temporary)
            guard retryingInterrupts({ fsync(fd) }) == 0 else {
                throw UserStateStoreError.system("cannot flush", temporary, errno: errno)
            }
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            throw UserStateStoreError.system("cannot rename \(temporary) to", path, errno: code)
        }
        written = true
        try syncFolder(folder)
    }

    /// Flushes `folder`'s entries (a rename inside it) to disk.
    static func syncFolder(_ folder: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw UserStateStoreError.system("cannot open", folder, errno: errno) }
        defer { close(fd) }
        // Some file systems cannot flush a folder (EINVAL); the rename is done all the same.
        if retryingInterrupts({ fsync(fd) }) != 0 && errno != EINVAL {
            throw UserStateStoreError.system("cannot flush", folder, errno: errno)
        }
    }

    /// Creates `folder` and any missing parents with mode 0700 (private, as the XDG spec asks).
    static func makeFolder(_ folder: String) throws {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw UserStateStoreError(path: folder, action: "cannot use", reason: "not a folder")
            }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != folder { try makeFolder(parent) }
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw UserStateStoreError.system("cannot create folder", folder, errno: errno)
        }
    }

    /// Whether `path` names anything, even a dangling link.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Runs a system call again while it fails with EINTR.
    static func retryingInterrupts(_ call: () -> Int32) -> Int32 {
        while true {
            let result = call()
            if result != -1 || errno != EINTR { return result }
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw UserStateStoreError.system("cannot write", path, errno: errno)
            }
            done += n
        }
    }

    private static func randomSuffix() -> String {
        String(UInt64.random(in: 0...UInt64.max), radix: 16)
    }
}
