import Foundation
import XCTest

final class SearchCommandTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testJSONSearchOfSamplesFindsTheSeedByAChineseWordColdAndWarm() throws {
        let cache = try temporaryFolder()
        let environment = ["XDG_CACHE_HOME": cache.path]
        for _ in 0..<2 {
            let result = try FolioProcess.run(
                ["search", "--json", "旺旺", "samples"], environment: environment)
            XCTAssertEqual(result.status, 0, result.stderr)
            let array = try XCTUnwrap(
                JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            let seed = try XCTUnwrap(array.first)
            XCTAssertEqual(seed["path"] as? String, "samples/2022-02-22-aliwangwang-group-chat-shutdown.md")
            XCTAssertEqual(seed["title"] as? String, "阿里旺旺群聊服务2月底将关停下线")
            XCTAssertEqual(seed["date"] as? String, "2022-02-22T12:29:19Z")
            XCTAssertTrue((seed["snippet"] as? String)?.contains("«旺旺»") == true, "\(seed)")
            XCTAssertNotNil(seed["rank"] as? Double)
            XCTAssertEqual(Set(seed.keys), ["path", "title", "date", "snippet", "rank"])
        }
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: cache.appendingPathComponent("folio/index.sqlite").path))
    }

    func testTextSearchPrintsFourTabSeparatedFieldsAndNothingForNoMatch() throws {
        let cache = try temporaryFolder()
        let folder = try temporaryFolder()
        try Data("---\ntitle: Rust news\ndate: 2021-05-06\n---\nOwnership and\tborrowing.\n".utf8)
            .write(to: folder.appendingPathComponent("a.md"))
        let environment = ["XDG_CACHE_HOME": cache.path]
        let found = try FolioProcess.run(["search", "ownership", folder.path], environment: environment)
        XCTAssertEqual(found.status, 0, found.stderr)
        XCTAssertEqual(
            found.stdout, "2021-05-06\tRust news\t\(folder.path)/a.md\t«Ownership» and borrowing.\n")
        let none = try FolioProcess.run(["search", "\"* AND -x:\"", folder.path], environment: environment)
        XCTAssertEqual(none.status, 0, none.stderr)
        XCTAssertEqual(none.stdout, "")
        XCTAssertEqual(none.stderr, "")
    }

    func testALibraryNeverSearchedIsReadWithANoteUntilFolioIndexAddsItToTheSearchIndex() throws {
        let cache = try temporaryFolder()
        let folder = try temporaryFolder()
        for n in 0..<600 {
            let word = n == 7 ? "Ownership" : "Other"
            try Data("---\ntitle: Note \(n)\ndate: 2021-05-06\n---\n\(word) and borrowing.\n".utf8)
                .write(to: folder.appendingPathComponent(String(format: "n%03d.md", n)))
        }
        let environment = ["XDG_CACHE_HOME": cache.path]
        let expected = "2021-05-06\tNote 7\t\(folder.path)/n007.md\t«Ownership» and borrowing.\n"
        let read = try FolioProcess.run(["search", "ownership", folder.path], environment: environment)
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertEqual(read.stdout, expected)
        XCTAssertEqual(
            read.stderr,
            "folio: 600 articles are not in the search index yet, so their text was read (slower);"
                + " `folio index` with the same paths adds them\n")
        let indexed = try FolioProcess.run(["index", folder.path], environment: environment)
        XCTAssertEqual(indexed.status, 0, indexed.stderr)
        XCTAssertEqual(indexed.stdout, "")
        XCTAssertEqual(indexed.stderr, "")
        let fast = try FolioProcess.run(["search", "ownership", folder.path], environment: environment)
        XCTAssertEqual(fast.status, 0, fast.stderr)
        XCTAssertEqual(fast.stdout, expected)
        XCTAssertEqual(fast.stderr, "", "the search index has every article now")
        let missing = try FolioProcess.run(["index", folder.path + "/nope"], environment: environment)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("/nope: No such file or directory"), missing.stderr)
    }

    func testCorruptIndexIsRebuiltWithAMessageAndWarningsRepeatOnWarmRuns() throws {
        let cache = try temporaryFolder()
        let folder = try temporaryFolder()
        try Data("---\ntitle: [unclosed\n---\nbody text here".utf8).write(
            to: folder.appendingPathComponent("b.md"))
        let environment = ["XDG_CACHE_HOME": cache.path]
        let cold = try FolioProcess.run(["search", "body", folder.path], environment: environment)
        XCTAssertEqual(cold.status, 0, cold.stderr)
        XCTAssertTrue(cold.stderr.hasPrefix("folio: warning: \(folder.path)/b.md:2: "), cold.stderr)
        let database = cache.appendingPathComponent("folio/index.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: database)
        let rebuilt = try FolioProcess.run(["search", "body", folder.path], environment: environment)
        XCTAssertEqual(rebuilt.status, 0, rebuilt.stderr)
        XCTAssertTrue(rebuilt.stderr.contains("rebuilt it"), rebuilt.stderr)
        XCTAssertEqual(rebuilt.stdout.split(separator: "\n").count, 1)
        let warm = try FolioProcess.run(["search", "body", folder.path], environment: environment)
        XCTAssertEqual(warm.stderr, cold.stderr)
    }

    func testBadQueryAndMissingPathFail() throws {
        let environment = ["XDG_CACHE_HOME": try temporaryFolder().path]
        let bad = try FolioProcess.run(["search", "after:someday", "samples"], environment: environment)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasPrefix("folio: after: 'someday' is not a date"), bad.stderr)
        let missing = try FolioProcess.run(["search", "x", "no-such-folder"], environment: environment)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "folio: no-such-folder: No such file or directory\n")
    }
}
