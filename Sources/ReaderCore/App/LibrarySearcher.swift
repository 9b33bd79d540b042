import ArticleLibrary
import Dispatch
import Synchronization

/// Runs library searches on a background queue, so keys keep working while the full-text
/// index catches up or a rare query scans the whole library. Only the search the user still
/// waits for (`want`) runs to the end; an older one stops at its next batch.
final class LibrarySearcher: Sendable {
    /// What a search reports.
    enum Report: Sendable {
        /// The full-text index is catching up first: articles added, and to add.
        case indexing(id: Int, done: Int, total: Int)
        /// The hits, best first.
        case found(id: Int, [SearchHit])
        /// The search failed; the text says why.
        case failed(id: Int, String)
    }

    private let service: LibrarySearchService
    private let queue = DispatchQueue(label: "folio.library-search")
    private let wanted = Mutex<Int?>(nil)
    private let reports = Mutex<[Report]>([])
    private let inFlight = Mutex(0)
    private let preparing = Mutex(false)

    init(service: LibrarySearchService) {
        self.service = service
    }

    /// Whether a search is running.
    var isBusy: Bool { inFlight.withLock { $0 > 0 } }

    /// Names the search the user waits for (nil: none); others stop early and report nothing.
    func want(_ id: Int?) {
        wanted.withLock { $0 = id }
    }

    private func isWanted(_ id: Int) -> Bool { wanted.withLock { $0 == id } }

    private func report(_ report: Report) {
        reports.withLock { $0.append(report) }
    }

    /// Runs search `id` for `query`, at most `limit` hits: after catching the index up, or, when
    /// it lacks more than `LibraryIndex.searchCatchUpLimit` articles and the service can, by
    /// reading the stored text (the catch-up then goes on in the background).
    func start(id: Int, query: SearchQuery, limit: Int) {
        want(id)
        inFlight.withLock { $0 += 1 }
        queue.async(qos: .userInitiated) { [self] in
            defer { inFlight.withLock { $0 -= 1 } }
            guard isWanted(id) else { return }
            do {
                if let scan = service.scan, try service.pending() > LibraryIndex.searchCatchUpLimit {
                    let hits = try scan(query, limit)
                    if isWanted(id) { report(.found(id: id, hits)) }
                    prepare()
                    return
                }
                try service.catchUp { done, total in
                    guard self.isWanted(id) else { return false }
                    self.report(.indexing(id: id, done: done, total: total))
                    return true
                }
                guard isWanted(id) else { return }
                report(.found(id: id, try service.search(query, limit)))
            } catch {
                if isWanted(id) { report(.failed(id: id, "\(error)")) }
            }
        }
    }

    /// Catches the full-text index up in the background (at utility priority), so searches are
    /// quick by the time one is asked for; gives way as soon as a search is asked for (that
    /// search finishes the catch-up itself, showing its progress, or reads the stored text and
    /// calls this again). The first opening of a large
    /// library takes minutes of one core (100,000 articles: about three), while the other core
    /// keeps the reader answering keys. Does nothing while a catch-up is queued already.
    func prepare() {
        let queued = preparing.withLock { busy -> Bool in
            defer { busy = true }
            return busy
        }
        guard !queued else { return }
        queue.async(qos: .utility) { [self] in
            defer { preparing.withLock { $0 = false } }
            guard let pending = try? service.pending(), pending > 0 else { return }
            try? service.catchUp { _, _ in self.inFlight.withLock { $0 == 0 } }
        }
    }

    /// Stops the work in progress for quitting: a catch-up ends after the row it is adding and
    /// commits, so its connection closes cleanly; waits for that at most `seconds`.
    func close(waitingUpTo seconds: Double) {
        want(nil)
        service.stop()
        let drained = DispatchSemaphore(value: 0)
        queue.async { drained.signal() }
        _ = drained.wait(timeout: .now() + seconds)
    }

    /// The reports since the last call.
    func takeReports() -> [Report] {
        reports.withLock { list in
            defer { list.removeAll() }
            return list
        }
    }
}
