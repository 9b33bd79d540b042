import Foundation
import XCTest

@testable import ArticleLibrary

/// The watcher's parts the kernel rarely exercises: `inotify_event` records as `read` returns
/// them (padded names, several in one buffer), and a queue overflow.
final class FolderWatcherRecordTests: XCTestCase {
    /// One record as the kernel lays it out: the header, then the name padded with NULs to `padded`.
    private func record(watch: Int32, mask: Int32, name: String, padded: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for field in [UInt32(bitPattern: watch), UInt32(bitPattern: mask), 0, UInt32(padded)] {
            withUnsafeBytes(of: field.littleEndian) { bytes += $0 }
        }
        return bytes + Array(name.utf8) + [UInt8](repeating: 0, count: padded - name.utf8.count)
    }

    func testRecordsWithPaddedNamesFollowOneAnother() {
        var buffer = record(watch: 3, mask: IN_CREATE, name: "a.md", padded: 16)
        buffer += record(watch: 1, mask: IN_DELETE_SELF, name: "", padded: 0)
        buffer += record(watch: 7, mask: IN_MOVED_TO | IN_ISDIR, name: "文章集", padded: 32)
        buffer += record(watch: 9, mask: IN_CREATE, name: "cut.md", padded: 16).prefix(20)
        let records = buffer.withUnsafeBytes { FolderWatcher.Record.records(in: $0) }
        XCTAssertEqual(records.map(\.watch), [3, 1, 7], "the record cut short is left out")
        XCTAssertEqual(records.map(\.name), ["a.md", "", "文章集"])
        XCTAssertTrue(records[2].has(IN_ISDIR))
        XCTAssertFalse(records[0].has(IN_ISDIR))
    }

    func testAnOverflowWalksEverythingAgainAndWatchesWhatAppeared() throws {
        let root = try SharedFixtures.temporaryFolder(self)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        var table = FolderWatcher.Table(descriptor: descriptor, roots: [root.path])
        try table.watchRoots()
        XCTAssertEqual(table.watches.count, 1)
        // Folders whose events were lost: the table has not heard of them.
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("lost/deeper"), withIntermediateDirectories: true)
        XCTAssertEqual(table.watches.count, 1)
        XCTAssertTrue(table.handle(FolderWatcher.Record(watch: -1, mask: UInt32(IN_Q_OVERFLOW), name: "")))
        XCTAssertEqual(
            Set(table.watches.values.map(\.path)),
            [root.path, root.path + "/lost", root.path + "/lost/deeper"])
    }
}
