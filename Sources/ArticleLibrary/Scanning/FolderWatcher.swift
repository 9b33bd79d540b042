import Foundation
import Synchronization

/// Tells an open reader that files under its paths changed, through Linux inotify, so it rescans
/// only when there is something to find.
///
/// Every folder the scanner would enter is watched (`.git`, `.hg` and `.svn` skipped, links to
/// folders followed, each folder once); a path that is a file is watched itself. Folders that
/// appear later are watched as their events arrive. Create it on any queue and drain it from
/// another: the state sits behind one lock.
public final class FolderWatcher: Sendable {
    private let descriptor: Int32
    private let table: Mutex<Table>

    /// Watches every folder under `paths`; nil when inotify cannot be used (no inotify, or the
    /// watch limit reached), so the caller keeps polling rather than trusting a half-watched library.
    public init?(paths: [String]) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        var table = Table(descriptor: descriptor, roots: paths)
        do {
            try table.watchRoots()
        } catch {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.table = Mutex(table)
    }

    deinit {
        close(descriptor)
    }

    /// The number of folders and files watched.
    public var watchCount: Int { table.withLock { $0.watches.count } }

    /// False once a folder that appeared could not be watched (the watch limit): from then on
    /// only a rescan finds what changes under it, so the caller should go back to polling.
    public var isComplete: Bool { table.withLock { $0.isComplete } }

    /// Drains every queued event without blocking; true when one of them can change the library:
    /// an article file created, written, touched, deleted or moved, a folder created, deleted or
    /// moved, or events lost to a full queue. Folders that appeared are watched from now on.
    public func takeChanges() -> Bool {
        table.withLock { table in
            var changed = false
            while let records = table.readRecords() {
                for record in records {
                    // Every record is handled: a new folder must get its watch.
                    if table.handle(record) { changed = true }
                }
            }
            return changed
        }
    }
}
