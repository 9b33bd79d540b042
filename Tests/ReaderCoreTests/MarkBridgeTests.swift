import ArticleLibrary
import Foundation
import ReaderCore
import XCTest

/// Saved marks found for the first screen by folder, then exactly.
final class MarkBridgeTests: XCTestCase {
    func testFolderMarksMatchExactMarksExceptForSymbolicLinksToFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-marks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let real = root.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        for name in ["a.md", "b.md", "target.md"] {
            try Data("# \(name)\n".utf8).write(to: real.appendingPathComponent(name))
        }
        let linkedFolder = root.appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(at: linkedFolder, withDestinationURL: real)
        let linkedFile = real.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(
            at: linkedFile, withDestinationURL: real.appendingPathComponent("target.md"))

        let canonicalReal = ArticleKey.canonical(real.path)
        let now = Date()
        let state = UserState(records: [
            canonicalReal + "/a.md": ArticleState(read: true, updated: now),
            canonicalReal + "/b.md": ArticleState(starred: true, updated: now),
            canonicalReal + "/target.md": ArticleState(read: true, updated: now),
            "/elsewhere/a.md": ArticleState(read: true, updated: now),
        ])
        let given = ["real/a.md", "linked/b.md", "real/link.md", "\(root.path)/real/b.md"]
        let articles = given.map { Article(path: $0.hasPrefix("/") ? $0 : root.path + "/" + $0, title: $0) }

        let exact = MarkBridge.marks(from: state, articles: articles)
        let folders = MarkBridge.folderMarks(from: state, articles: articles)
        XCTAssertEqual(exact.read, [articles[0].path, articles[2].path])
        XCTAssertEqual(exact.starred, [articles[1].path, articles[3].path])
        let listed = Set(articles.map(\.path))
        XCTAssertEqual(
            folders.read.intersection(listed), [articles[0].path],
            "a link to a file waits for the exact lookup")
        XCTAssertEqual(folders.starred.intersection(listed), exact.starred)
        XCTAssertTrue(MarkBridge.folderMarks(from: UserState(), articles: articles).read.isEmpty)
    }
}
