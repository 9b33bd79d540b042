import ArticleLibrary
import Dispatch
import Foundation
import Synchronization

/// Keeps the reader's library in step with the disk from a background queue: the first full
/// indexing of a new library (reporting progress), then a rescan when the folder watcher reports
/// a change (and every minute in case the file system does not report), or, without a watcher,
/// every few seconds; so new, changed and deleted files show up in an open reader.
final class LibraryRefresher: Sendable {
    /// What a refresh reports.
    enum Update: Sendable {
        /// Files read so far, files to read, and the articles of the batch just written.
        case progress(IndexProgress)
        /// The library after a refresh (nil when nothing changed), with what changed.
        case finished(Library?, IndexChanges)
        /// The refresh failed (the index cannot be written); the message says why.
        case failed(String)
    }

    /// One refresh: whether it is the first, and a progress callback, in; the library (nil when
    /// nothing changed after the first) and what changed out.
    typealias Refresh =
        @Sendable (Bool, @escaping @Sendable (IndexProgress) -> Void) throws -> (Library?, IndexChanges)

    private let refresh: Refresh
    private let updates = Mutex<[Update]>([])
    private let running = Mutex(false)
    private let lastFinished = Mutex(Date.distantPast)
    private let lastDuration = Mutex(0.0)
    private let runs = Mutex(0)
    private let makeWatcher: (@Sendable () -> FolderWatcher?)?
    /// The watcher made after the first refresh; nil before, or when inotify cannot be used.
    private let watcher = Mutex<FolderWatcher?>(nil)
    /// Whether the watcher reported a change no rescan has started for yet.
    private let pending = Mutex(false)
    /// The shortest time between rescans without a watcher; a slow rescan (a huge library)
    /// waits three times as long as it took.
    let interval: TimeInterval
    /// The time between rescans with a watcher, for file systems that do not report (NFS, FUSE).
    let safetyInterval: TimeInterval

    init(
        interval: TimeInterval = 5, safetyInterval: TimeInterval = 60,
        watch: (@Sendable () -> FolderWatcher?)? = nil, refresh: @escaping Refresh
    ) {
        self.interval = interval
        self.safetyInterval = safetyInterval
        self.makeWatcher = watch
        self.refresh = refresh
    }

    /// Whether a refresh is running.
    var isRunning: Bool { running.withLock { $0 } }

    /// Whether the reader has a folder watcher (inotify) rather than polling.
    var isWatching: Bool { watcher.withLock { $0 != nil } }

    /// Starts a refresh unless one is running; with `onlyIfDue` (the idle loop), only when the
    /// watcher reported a change since the last one started, or the last one is not recent.
    func start(onlyIfDue: Bool = false) {
        if onlyIfDue, !isDue() { return }
        let started = running.withLock { isRunning -> Bool in
            guard !isRunning else { return false }
            isRunning = true
            return true
        }
        guard started else { return }
        // What changed before now is seen by this rescan; what changes during it, by the next.
        pending.withLock { $0 = false }
        let first = runs.withLock { count -> Bool in
            count += 1
            return count == 1
        }
        DispatchQueue.global(qos: .utility).async { [self] in
            let started = Date()
            let update: Update
            do {
                let (library, changes) = try refresh(first) { progress in
                    self.updates.withLock { $0.append(.progress(progress)) }
                }
                update = .finished(library, changes)
            } catch {
                update = .failed("cannot index the library: \(error)")
            }
            updates.withLock { $0.append(update) }
            lastFinished.withLock { $0 = Date() }
            lastDuration.withLock { $0 = Date().timeIntervalSince(started) }
            // Made outside the lock: walking the folders must not hold up the idle loop. What
            // changed while this refresh ran, before the watches were in place, is caught up by
            // one more rescan.
            if first, let makeWatcher, let made = makeWatcher() {
                watcher.withLock { $0 = made }
                pending.withLock { $0 = true }
            }
            running.withLock { $0 = false }
        }
    }

    /// Drains the watcher (dropping it for polling once it missed a folder) and says whether a
    /// rescan should start now.
    private func isDue() -> Bool {
        let watching = watcher.withLock { watcher -> Bool in
            guard let current = watcher else { return false }
            let changed = current.takeChanges()
            if !current.isComplete { watcher = nil }
            if changed { pending.withLock { $0 = true } }
            return watcher != nil
        }
        if pending.withLock({ $0 }) { return true }
        let wait = max(watching ? safetyInterval : interval, 3 * lastDuration.withLock { $0 })
        return lastFinished.withLock { Date().timeIntervalSince($0) >= wait }
    }

    /// The updates since the last call.
    func takeUpdates() -> [Update] {
        updates.withLock { list in
            defer { list.removeAll() }
            return list
        }
    }
}
