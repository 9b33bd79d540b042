import Foundation

/// An exclusive advisory lock (`flock`) on a file, so Folio processes sharing a state folder
/// take turns at read-merge-write. The kernel drops the lock when its holder dies, even by
/// SIGKILL, so a crash never leaves the folder locked. The lock file is never removed
/// (removing it would let two processes lock two different files).
enum FolderLock {
    /// Runs `body` holding the lock on `path`, waiting for it if another process has it; the
    /// lock file is created (mode 0600) when missing.
    static func withLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw UserStateStoreError.system("cannot open lock file", path, errno: errno) }
        // Closing the descriptor releases the lock.
        defer { close(fd) }
        guard StateFileIO.retryingInterrupts({ flock(fd, LOCK_EX) }) == 0 else {
            throw UserStateStoreError.system("cannot lock", path, errno: errno)
        }
        return try body()
    }
}
