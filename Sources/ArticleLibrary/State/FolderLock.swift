import Foundation

/// An exclusive advisory lock (`flock`) on a file, so Folio processes sharing a state folder
/// take turns at read-merge-write. The kernel drops the lock when its holder dies, even by
/// SIGKILL, so a crash never leaves the folder locked. The lock file is never removed
/// (removing it would let two processes lock two different files).
enum FolderLock {
    /// Runs `body` holding the lock on `path`, waiting up to `patience` if another process has
    /// it (say, one stopped with Ctrl-Z mid-save), then failing rather than freezing the
    /// reader; the lock file is created (mode 0600) when missing.
    static func withLock<T>(_ path: String, patience: Duration, _ body: () throws -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw UserStateStoreError.system("cannot open lock file", path, errno: errno) }
        // Closing the descriptor releases the lock.
        defer { close(fd) }
        let clock = ContinuousClock()
        let deadline = clock.now + patience
        while StateFileIO.retryingInterrupts({ flock(fd, LOCK_EX | LOCK_NB) }) != 0 {
            guard errno == EWOULDBLOCK else {
                throw UserStateStoreError.system("cannot lock", path, errno: errno)
            }
            guard clock.now < deadline else {
                throw UserStateStoreError(
                    path: path, action: "cannot lock",
                    reason: "another Folio process has held it for \(patience)")
            }
            var pause = timespec(tv_sec: 0, tv_nsec: 5_000_000)
            nanosleep(&pause, nil)
        }
        return try body()
    }
}
