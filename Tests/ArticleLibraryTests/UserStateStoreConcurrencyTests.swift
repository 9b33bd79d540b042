import ArticleLibrary
import Foundation
import XCTest

/// Several writers, and a reader racing a writer, on one state folder.
final class UserStateStoreConcurrencyTests: XCTestCase {
    private func makeStore() throws -> UserStateStore {
        UserStateStore(folder: try SharedFixtures.temporaryFolder(self).appendingPathComponent("folio"))
    }

    func testConcurrentWritersInOneFolderLoseNoChange() throws {
        let folder = try makeStore().folder
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            let store = UserStateStore(folder: folder)
            for n in 0..<25 {
                do {
                    try store.apply(.read("/w\(writer)/\(n).md", true))
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        XCTAssertEqual(failures.entries, [])
        let (state, messages) = UserStateStore(folder: folder).load()
        XCTAssertEqual(messages, [])
        XCTAssertEqual(state.count, 100)
    }

    func testAHeldLockFailsASaveAfterThePatienceInsteadOfHanging() throws {
        let store = UserStateStore(
            folder: try SharedFixtures.temporaryFolder(self).appendingPathComponent("folio"),
            lockPatience: .milliseconds(30))
        try store.apply(.read("/a.md", true))
        let holder = open(store.folder.appendingPathComponent(UserStateStore.lockFileName).path, O_RDWR)
        XCTAssertGreaterThanOrEqual(holder, 0)
        XCTAssertEqual(flock(holder, LOCK_EX), 0)
        XCTAssertThrowsError(try store.apply(.read("/b.md", true))) { error in
            XCTAssertTrue("\(error)".contains("another Folio process has held it"), "\(error)")
        }
        let (state, messages) = store.load()
        XCTAssertTrue(state.isRead("/a.md"), "a load without the lock still reads the file")
        XCTAssertEqual(messages.count, 1)
        close(holder)
        try store.apply(.read("/b.md", true))
        XCTAssertTrue(store.load().state.isRead("/b.md"))
    }

    func testAReaderNeverSeesAPartialFile() throws {
        let store = try makeStore()
        try store.apply(.read("/start.md", true))
        let done = Flag()
        let failures = FailureLog()
        let reader = Thread {
            var last = 0
            var reads = 0
            while true {
                let finished = done.isSet
                reads += 1
                do {
                    let data = try Data(contentsOf: store.fileURL)
                    let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
                    let count = (json?["articles"] as? [String: Any])?.count ?? -1
                    if count < last { failures.add("read \(count) articles after \(last)") }
                    last = count
                } catch {
                    failures.add("read \(reads): \(error)")
                }
                if finished { break }
            }
            failures.finish()
        }
        reader.start()
        for n in 0..<200 {
            try store.apply(.read("/article-\(n).md", true))
        }
        done.set()
        failures.waitUntilFinished()
        XCTAssertEqual(failures.entries, [])
        XCTAssertEqual(store.load().state.count, 201)
    }
}

/// Failures collected from other threads, and a signal that the thread collecting them ended.
private final class FailureLog: @unchecked Sendable {
    private let lock = NSCondition()
    private var list: [String] = []
    private var finished = false

    var entries: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }

    func add(_ entry: String) {
        lock.lock()
        list.append(entry)
        lock.unlock()
    }

    func finish() {
        lock.lock()
        finished = true
        lock.broadcast()
        lock.unlock()
    }

    func waitUntilFinished() {
        lock.lock()
        while !finished { lock.wait() }
        lock.unlock()
    }
}

/// A flag set once by one thread and read by another.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
