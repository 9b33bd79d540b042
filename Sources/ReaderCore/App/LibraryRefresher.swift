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
        /// Files read so far and files to read.
        case progress(read: Int, total: Int)
        /// The library after a refresh, with what changed.
        case finished(Library, IndexChanges)
        /// The refresh failed (the index cannot be written); the message says why.
        case failed(String)
    }

    /// One refresh: paths in, library out; the closure gets a progress callback.
    typealias Refresh = @Sendable (@escaping @Sendable (Int, Int) -> Void) throws -> (Library, IndexChanges)

    private let refresh: Refresh
    private let updates = Mutex<[Update]>([])
    private let running = Mutex(false)
    private let lastFinished = Mutex(Date.distantPast)
    /// Seconds between rescans.
    let interval: TimeInterval

    init(interval: TimeInterval = 5, refresh: @escaping Refresh) {
        self.interval = interval
        self.refresh = refresh
    }

    /// Whether a refresh is running.
    var isRunning: Bool { running.withLock { $0 } }

    /// Starts a refresh unless one is running (or, with `onlyIfDue`, the last one is recent).
    func start(onlyIfDue: Bool = false) {
        if onlyIfDue, lastFinished.withLock({ Date().timeIntervalSince($0) < interval }) { return }
        let started = running.withLock { isRunning -> Bool in
            guard !isRunning else { return false }
            isRunning = true
            return true
        }
        guard started else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            let update: Update
            do {
                let (library, changes) = try refresh { read, total in
                    self.updates.withLock { $0.append(.progress(read: read, total: total)) }
                }
                update = .finished(library, changes)
            } catch {
                update = .failed("cannot index the library: \(error)")
            }
            updates.withLock { $0.append(update) }
            lastFinished.withLock { $0 = Date() }
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
