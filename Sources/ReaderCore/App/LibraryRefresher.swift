import ArticleLibrary
import Dispatch
import Foundation
import Synchronization

/// Keeps the reader's library in step with the disk from a background queue: the first full
/// indexing of a new library (reporting progress), and then a cheap rescan every few seconds,
/// so new, changed and deleted files show up in an open reader.
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
    /// The shortest time between rescans; a slow rescan (a huge library) waits three times as long as it took.
    let interval: TimeInterval

    init(interval: TimeInterval = 5, refresh: @escaping Refresh) {
        self.interval = interval
        self.refresh = refresh
    }

    /// Whether a refresh is running.
    var isRunning: Bool { running.withLock { $0 } }

    /// Starts a refresh unless one is running (or, with `onlyIfDue`, the last one is recent).
    func start(onlyIfDue: Bool = false) {
        let wait = max(interval, 3 * lastDuration.withLock { $0 })
        if onlyIfDue, lastFinished.withLock({ Date().timeIntervalSince($0) < wait }) { return }
        let started = running.withLock { isRunning -> Bool in
            guard !isRunning else { return false }
            isRunning = true
            return true
        }
        guard started else { return }
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
            running.withLock { $0 = false }
        }
    }

    /// The updates since the last call.
    func takeUpdates() -> [Update] {
        updates.withLock { list in
            defer { list.removeAll() }
            return list
        }
    }
}
