import ArticleLibrary
import Foundation
import XCTest

final class UserStateStoreTests: XCTestCase {
    private let when = Date(timeIntervalSince1970: 1_764_100_000)

    private func makeStore() throws -> UserStateStore {
        UserStateStore(folder: try SharedFixtures.temporaryFolder(self).appendingPathComponent("folio"))
    }

    private func fileText(_ store: UserStateStore) throws -> String {
        try String(contentsOf: store.fileURL, encoding: .utf8)
    }

    func testAMissingFolderIsAnEmptyStateWithoutMessagesAndIsNotCreated() throws {
        let store = try makeStore()
        let (state, messages) = store.load()
        XCTAssertEqual(state, UserState())
        XCTAssertEqual(messages, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.folder.path))
    }

    func testSaveCreatesMissingFoldersPrivately() throws {
        let root = try SharedFixtures.temporaryFolder(self)
        let store = UserStateStore(folder: root.appendingPathComponent("a/b/folio"))
        try store.apply(.read("/x.md", true, date: when))
        for folder in ["a", "a/b", "a/b/folio"] {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: root.appendingPathComponent(folder).path)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700, folder)
        }
        let file = try FileManager.default.attributesOfItem(atPath: store.fileURL.path)
        XCTAssertEqual((file[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testTheFileIsVersionedSortedAndHasOneArticlePerLine() throws {
        let store = try makeStore()
        var state = UserState()
        state.setStarred("/news/b.md", date: when)
        state.setRead("/news/a.md", date: when)
        state.setPosition("/news/a.md", ReadingPosition(line: 120, width: 80, lineCount: 480), date: when)
        try store.save(state)
        XCTAssertEqual(
            try fileText(store),
            """
            {
              "articles": {
                "/news/a.md": {"position": {"fraction": 0.25, "line": 120, "width": 80}, "read": true, "updated": "2025-11-25T19:46:40Z"},
                "/news/b.md": {"starred": true, "updated": "2025-11-25T19:46:40Z"}
              },
              "version": 1
            }

            """)
    }

    func testRoundTripKeepsEveryFieldAndAwkwardKeys() throws {
        let store = try makeStore()
        var state = UserState()
        let keys = [
            "/plain.md", "/quote\"and\\backslash.md", "/new\nline\ttab\u{1}\u{7F}.md", "/中文/文章.md",
            "/emoji 📰.md", "/combining e\u{301}.md",
        ]
        for (n, key) in keys.enumerated() {
            state.setRead(key, n % 2 == 0, date: when)
            state.setStarred(key, n % 3 == 0, date: when.addingTimeInterval(Double(n)))
            state.setPosition(key, ReadingPosition(line: n * 7 + 1, width: 60 + n, fraction: 0.1 * Double(n)))
        }
        try store.save(state)
        let (loaded, messages) = UserStateStore(folder: store.folder).load()
        XCTAssertEqual(messages, [])
        XCTAssertEqual(loaded, state)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: store.fileURL)) as? [String: Any]
        let articles = json?["articles"] as? [String: Any]
        XCTAssertEqual(
            Set(articles?.keys.map { $0 } ?? []), Set(keys), "another JSON parser reads the same keys")
    }

    func testDefaultsAreNotWritten() throws {
        let store = try makeStore()
        try store.apply(.read("/a.md", true, date: when))
        let (state, _) = try store.apply(.read("/a.md", false, date: when))
        XCTAssertEqual(state.count, 0)
        XCTAssertEqual(try fileText(store), "{\n  \"articles\": {},\n  \"version\": 1\n}\n")
    }

    func testAChangeThatChangesNothingDoesNotRewriteTheFile() throws {
        let store = try makeStore()
        try store.apply(.read("/never.md", false, date: when))
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.fileURL.path))
        try store.apply(.read("/a.md", true, date: when))
        let inode = try FileManager.default.attributesOfItem(atPath: store.fileURL.path)[.systemFileNumber]
        try store.apply(.read("/a.md", true, date: when.addingTimeInterval(5)))
        let after = try FileManager.default.attributesOfItem(atPath: store.fileURL.path)[.systemFileNumber]
        XCTAssertEqual(inode as? NSNumber, after as? NSNumber)
        XCTAssertEqual(store.load().state["/a.md"]?.updated, when)
    }

    func testAHandWrittenFileWithEscapesAndUnknownKeysLoads() throws {
        let store = try makeStore()
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        let text = """
            { "version" : 1, "comment": [1, {"x": null}, -2.5e3],
              "articles": {"/caf\\u00e9/\\ud83d\\udcf0.md": {"read": true, "future": {"a": [true]},
                "updated": "2025-11-25T20:46:40+01:00"}, "/empty.md": {"updated": "2025-11-25T19:46:40Z"} } }
            """
        try Data(text.utf8).write(to: store.fileURL)
        let (state, messages) = store.load()
        XCTAssertEqual(messages, [])
        XCTAssertEqual(state.records, ["/café/📰.md": ArticleState(read: true, updated: when)])
    }

    func testTwoStoresMergeTheirChangesInsteadOfOverwriting() throws {
        let first = try makeStore()
        let second = UserStateStore(folder: first.folder)
        _ = first.load()
        _ = second.load()
        try first.apply(.read("/a.md", true, date: when))
        let (merged, _) = try second.apply(.starred("/b.md", true, date: when))
        XCTAssertTrue(merged.isRead("/a.md"), "the second window keeps the first one's mark")
        XCTAssertTrue(merged.isStarred("/b.md"))
        try first.apply(.read("/b.md", true, date: when))
        let (final, _) = first.load()
        XCTAssertTrue(final.isStarred("/b.md") && final.isRead("/b.md") && final.isRead("/a.md"))
    }

    func testSaveReplacesTheWholeFile() throws {
        let store = try makeStore()
        try store.apply(.read("/a.md", true, date: when))
        var replacement = UserState()
        replacement.setStarred("/b.md", date: when)
        try store.save(replacement)
        XCTAssertEqual(store.load().state, replacement)
    }

    func testAFolderThatIsAFileGivesAReadableError() throws {
        let root = try SharedFixtures.temporaryFolder(self)
        let blocker = root.appendingPathComponent("folio")
        try Data("not a folder".utf8).write(to: blocker)
        let store = UserStateStore(folder: blocker)
        XCTAssertThrowsError(try store.apply(.read("/a.md", true))) { error in
            XCTAssertEqual("\(error)", "cannot use \(blocker.path): not a folder")
        }
    }

    func testStandardFolderFollowsXDG() throws {
        let xdg = try UserStateStore.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        XCTAssertEqual(xdg.folder.path, "/s/folio")
        let relative = try UserStateStore.standard(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
        XCTAssertEqual(relative.folder.path, "/h/.local/state/folio")
        let unset = try UserStateStore.standard(environment: ["HOME": "/home/u"])
        XCTAssertEqual(unset.fileURL.path, "/home/u/.local/state/folio/state.json")
    }
}
