import ArticleLibrary
import Foundation
import Synchronization
import XCTest

@testable import ReaderCore

/// When the reader rescans: once more when the watcher is in place, then at once after it reports
/// a change (also one that came during a rescan), never on a quiet library before the poll is
/// due; without a watcher, on the poll as before. The intervals are an hour, so nothing here
/// depends on timing.
final class LibraryRefresherTests: XCTestCase {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-refresher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Waits (with a deadline) until no refresh runs, then checks how many ran (`start` marks a
    /// refresh running before it returns, so one it started is always waited for).
    private func settle(_ refresher: LibraryRefresher, runs: borrowing Mutex<Int>, count: Int) {
        let deadline = Date().addingTimeInterval(10)
        while refresher.isRunning || runs.withLock({ $0 }) < count, Date() < deadline { usleep(1_000) }
        XCTAssertEqual(runs.withLock { $0 }, count)
    }

    func testAWatchedChangeRescansAtOnceAndOneDuringARescanIsNotLost() throws {
        let library = try folder()
        let runs = Mutex(0)
        let gate = DispatchSemaphore(value: 0)
        let refresher = LibraryRefresher(
            interval: 3_600, safetyInterval: 3_600, watch: { FolderWatcher(paths: [library.path]) },
            refresh: { _, _ in
                let run = runs.withLock { count -> Int in
                    count += 1
                    return count
                }
                if run == 3 { _ = gate.wait(timeout: .now() + 10) }
                return (nil, IndexChanges())
            })
        refresher.start()
        settle(refresher, runs: runs, count: 1)
        XCTAssertTrue(refresher.isWatching)
        refresher.start(onlyIfDue: true)  // what changed before the watches were in place
        settle(refresher, runs: runs, count: 2)
        refresher.start(onlyIfDue: true)  // nothing changed since
        settle(refresher, runs: runs, count: 2)

        try Data("# a\n".utf8).write(to: library.appendingPathComponent("a.md"))
        refresher.start(onlyIfDue: true)
        XCTAssertTrue(refresher.isRunning, "a change starts a rescan at once")
        try Data("# b\n".utf8).write(to: library.appendingPathComponent("b.md"))
        refresher.start(onlyIfDue: true)  // seen while the rescan runs
        gate.signal()
        settle(refresher, runs: runs, count: 3)
        refresher.start(onlyIfDue: true)
        settle(refresher, runs: runs, count: 4)
        refresher.start(onlyIfDue: true)  // everything seen
        settle(refresher, runs: runs, count: 4)
    }

    func testWithoutAWatcherTheLibraryIsPolled() throws {
        let library = try folder()
        let runs = Mutex(0)
        let refresh: LibraryRefresher.Refresh = { _, _ in
            runs.withLock { $0 += 1 }
            return (nil, IndexChanges())
        }
        let slow = LibraryRefresher(interval: 3_600, watch: { nil }, refresh: refresh)
        slow.start()
        settle(slow, runs: runs, count: 1)
        XCTAssertFalse(slow.isWatching)
        try Data("# a\n".utf8).write(to: library.appendingPathComponent("a.md"))
        slow.start(onlyIfDue: true)  // not due, whatever changed
        settle(slow, runs: runs, count: 1)

        let eager = LibraryRefresher(interval: 0, refresh: refresh)
        eager.start()
        settle(eager, runs: runs, count: 2)
        // As the idle loop does: ask again until it is due (three times the last run's length).
        let deadline = Date().addingTimeInterval(10)
        while runs.withLock({ $0 }) < 3, Date() < deadline {
            eager.start(onlyIfDue: true)
            usleep(1_000)
        }
        settle(eager, runs: runs, count: 3)
    }
}
