import ArticleLibrary
import Foundation
import XCTest

final class UserStateStoreRecoveryTests: XCTestCase {
    private func makeStore() throws -> UserStateStore {
        let store = UserStateStore(
            folder: try SharedFixtures.temporaryFolder(self).appendingPathComponent("folio"))
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        return store
    }

    private func names(in store: UserStateStore) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: store.folder.path).sorted()
    }

    private static let valid = Data(
        "{\"articles\": {\"/a.md\": {\"read\": true, \"updated\": \"2025-11-25T19:46:40Z\"}}, \"version\": 1}"
            .utf8)

    private static let corruptFiles: [(String, Data)] = [
        ("binary garbage", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE, 0x01])),
        ("truncated JSON", valid.prefix(40)),
        ("wrong version", Data("{\"articles\": {}, \"version\": 2}".utf8)),
        ("empty file", Data()),
        ("not an object", Data("[1, 2]".utf8)),
        ("no version", Data("{\"articles\": {}}".utf8)),
        (
            "bad date",
            Data(
                "{\"articles\": {\"/a\": {\"read\": true, \"updated\": \"yesterday\"}}, \"version\": 1}".utf8)
        ),
        (
            "wrong type",
            Data(
                "{\"articles\": {\"/a\": {\"read\": \"yes\", \"updated\": \"2025-11-25T19:46:40Z\"}}, \"version\": 1}"
                    .utf8)
        ),
        (
            "lone surrogate",
            Data(
                "{\"articles\": {\"/\\ud800\": {\"updated\": \"2025-11-25T19:46:40Z\"}}, \"version\": 1}".utf8
            )
        ),
        ("invalid UTF-8", Data([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D])),
        ("trailing text", valid + Data(" x".utf8)),
        ("deep nesting", Data(("{\"x\": " + String(repeating: "[", count: 100_000)).utf8)),
        ("NUL in a string", Data("{\"articles\": {\"/a\u{0}\": {}}, \"version\": 1}".utf8)),
    ]

    func testCorruptFilesAreSetAsideWithAMessageAndTheNextSaveWorks() throws {
        for (name, bytes) in UserStateStoreRecoveryTests.corruptFiles {
            let store = try makeStore()
            try bytes.write(to: store.fileURL)
            let (state, messages) = store.load()
            XCTAssertEqual(state, UserState(), name)
            XCTAssertEqual(messages.count, 1, name)
            let asides = try names(in: store).filter { $0.hasPrefix("state.json.corrupt-") }
            XCTAssertEqual(asides.count, 1, name)
            guard let message = messages.first, let aside = asides.first else { continue }
            XCTAssertTrue(message.contains(store.fileURL.path), "\(name): \(message)")
            XCTAssertTrue(
                message.contains(store.folder.appendingPathComponent(aside).path), "\(name): \(message)")
            XCTAssertEqual(try Data(contentsOf: store.folder.appendingPathComponent(aside)), bytes, name)
            XCTAssertFalse(FileManager.default.fileExists(atPath: store.fileURL.path), name)
            try store.apply(.starred("/b.md", true))
            let (reloaded, again) = store.load()
            XCTAssertEqual(again, [], name)
            XCTAssertTrue(reloaded.isStarred("/b.md"), name)
        }
    }

    func testEveryTruncationOfASavedFileIsDetected() throws {
        let store = try makeStore()
        var state = UserState()
        state.setRead("/a \"quoted\" 中文.md", date: Date(timeIntervalSince1970: 1_764_100_000))
        state.setPosition("/b.md", ReadingPosition(line: 3, width: 80, fraction: 0.125))
        try store.save(state)
        let full = try Data(contentsOf: store.fileURL)
        XCTAssertEqual(full.last, 0x0A)
        for length in 0..<(full.count - 1) {
            try full.prefix(length).write(to: store.fileURL)
            let (loaded, messages) = store.load()
            XCTAssertEqual(messages.count, 1, "a file cut to \(length) bytes must be set aside")
            XCTAssertEqual(loaded, UserState())
        }
        try full.write(to: store.fileURL)
        XCTAssertEqual(store.load().state, state)
    }

    func testWrongVersionSaysWhichVersion() throws {
        let store = try makeStore()
        try Data("{\"articles\": {\"/a\": {\"read\": 1}}, \"version\": 2}".utf8).write(to: store.fileURL)
        let message = store.load().messages.first ?? ""
        XCTAssertTrue(message.contains("(unsupported version 2; this Folio reads version 1)"), message)
    }

    func testSettingAsideNeverOverwritesAnEarlierFile() throws {
        let store = try makeStore()
        for garbage in ["first", "second", "third"] {
            try Data(garbage.utf8).write(to: store.fileURL)
            XCTAssertEqual(store.load().messages.count, 1)
        }
        let asides = try names(in: store).filter { $0.hasPrefix("state.json.corrupt-") }
        XCTAssertEqual(asides.count, 3)
        let contents = try asides.map {
            try String(contentsOf: store.folder.appendingPathComponent($0), encoding: .utf8)
        }
        XCTAssertEqual(Set(contents), ["first", "second", "third"])
    }

    func testApplySetsACorruptFileAsideBeforeWriting() throws {
        let store = try makeStore()
        try Data("{\"articles\": ".utf8).write(to: store.fileURL)
        let (state, messages) = try store.apply(.read("/a.md", true))
        XCTAssertEqual(messages.count, 1)
        XCTAssertEqual(state.count, 1)
        XCTAssertEqual(try names(in: store).filter { $0.hasPrefix("state.json.corrupt-") }.count, 1)
    }

    func testAStateFileThatIsAFolderIsSetAside() throws {
        let store = try makeStore()
        try FileManager.default.createDirectory(at: store.fileURL, withIntermediateDirectories: false)
        let message = store.load().messages.first ?? ""
        XCTAssertTrue(message.contains("not a regular file"), message)
        try store.apply(.read("/a.md", true))
        XCTAssertTrue(store.load().state.isRead("/a.md"))
    }

    func testStaleTemporaryFilesAreRemovedAndOthersKept() throws {
        let store = try makeStore()
        try UserStateStoreRecoveryTests.valid.write(to: store.fileURL)
        for name in ["state.json.tmp-123-abc", "state.json.tmp-9-0", "notes.txt"] {
            try Data("partial {".utf8).write(to: store.folder.appendingPathComponent(name))
        }
        let (state, messages) = store.load()
        XCTAssertEqual(messages, [])
        XCTAssertTrue(state.isRead("/a.md"))
        XCTAssertEqual(try names(in: store), ["notes.txt", "state.json", "state.lock"])
    }
}
