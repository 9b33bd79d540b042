import Foundation
import XCTest

/// `folio list` through the library index: the same output as reading every file, warm or cold.
final class ListIndexTests: XCTestCase {
    /// A library with warnings met in another order than the articles' dates, and a cache folder.
    private final class Fixture {
        let folder: HostileFolder
        let library: URL
        let cache: URL

        init() throws {
            folder = try HostileFolder("list-index")
            library = folder.url.appendingPathComponent("library")
            cache = folder.url.appendingPathComponent("cache")
            try FileManager.default.createDirectory(
                at: library.appendingPathComponent("sub/deeper"), withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(
                atPath: FolioProcess.repositoryRoot.appendingPathComponent("samples").path)
            {
                try FileManager.default.copyItem(
                    at: FolioProcess.repositoryRoot.appendingPathComponent("samples/\(name)"),
                    to: library.appendingPathComponent(name))
            }
            try write("a.md", "---\ntitle: [one\ndate: 2020-01-01\n---\nbody")
            try write("sub/b.md", "---\ntitle: [two\ndate: 2023-01-01\n---\nbody")
            try write("sub/deeper/c.md", "---\ntitle: [three\ndate: 2022-01-01\n---\nbody")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(
                to: library.appendingPathComponent("z.md"))
        }

        func write(_ name: String, _ text: String, modified: Date? = nil) throws {
            let file = library.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            if let modified {
                try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
            }
        }

        /// `folio list arguments PATHS` (the library when nil) with the index in `cache` (this
        /// fixture's by default).
        func list(_ arguments: [String] = [], paths: [String]? = nil, cache: URL? = nil) throws
            -> FolioProcess.Result
        {
            try FolioProcess.run(
                ["list"] + arguments + (paths ?? [library.path]),
                environment: ["XDG_CACHE_HOME": (cache ?? self.cache).path])
        }

        /// The listing read file by file, its one warning line checked and removed: the index
        /// cannot be created when the cache home is a file.
        func direct(_ arguments: [String] = [], paths: [String]? = nil) throws -> FolioProcess.Result {
            let blocked = folder.url.appendingPathComponent("blocked")
            FileManager.default.createFile(atPath: blocked.path, contents: nil)
            var result = try list(arguments, paths: paths, cache: blocked)
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(
                lines.first,
                "folio: warning: cannot use the index (\(blocked.path)/folio: Not a directory); reading every file"
            )
            result.stderr = lines.dropFirst().joined(separator: "\n")
            return result
        }
    }

    func testColdAndWarmListsEqualTheDirectScan() throws {
        let fixture = try Fixture()
        for arguments in [[], ["--json", "--sort", "title"], ["--sort", "path"]] {
            let direct = try fixture.direct(arguments)
            XCTAssertEqual(direct.status, 0, direct.stderr)
            XCTAssertEqual(direct.stderr.split(separator: "\n").count, 4, direct.stderr)
            for run in ["cold", "warm"] {
                let indexed = try fixture.list(arguments)
                XCTAssertEqual(indexed.status, 0, "\(run) \(arguments)")
                XCTAssertEqual(indexed.stdout, direct.stdout, "\(run) \(arguments)")
                XCTAssertEqual(indexed.stderr, direct.stderr, "\(run) \(arguments)")
            }
        }
        XCTAssertTrue(
            FileManager.default.fileExists(
                atPath: fixture.cache.appendingPathComponent("folio/index.sqlite").path))
    }

    func testOverlappingRootsListEachFileOnceInTheDirectScansOrder() throws {
        let fixture = try Fixture()
        let paths = [fixture.library.appendingPathComponent("sub").path, fixture.library.path + "/"]
        let direct = try fixture.direct(["--sort", "title"], paths: paths)
        XCTAssertEqual(
            direct.stdout.split(separator: "\n").count,
            try fixture.direct().stdout.split(separator: "\n").count)
        for run in ["cold", "warm"] {
            let indexed = try fixture.list(["--sort", "title"], paths: paths)
            XCTAssertEqual(indexed.stdout, direct.stdout, run)
            XCTAssertEqual(indexed.stderr, direct.stderr, run)
        }
    }

    func testAWarmListReadsOnlyFilesWhoseSizeOrTimeChanged() throws {
        let fixture = try Fixture()
        let then = Date(timeIntervalSince1970: 1_600_000_000)
        try fixture.write("news.md", "---\ntitle: Old title\ndate: 2024-01-01\n---\nbody", modified: then)
        XCTAssertTrue(try fixture.list().stdout.contains("\tOld title\t"))
        // Same size, same time: the index's copy stands, which shows the file was not read.
        try fixture.write("news.md", "---\ntitle: New title\ndate: 2024-01-01\n---\nbody", modified: then)
        XCTAssertTrue(try fixture.list().stdout.contains("\tOld title\t"))
        try fixture.write(
            "news.md", "---\ntitle: New title\ndate: 2024-01-01\n---\nbody",
            modified: then.addingTimeInterval(60))
        let touched = try fixture.list()
        XCTAssertTrue(touched.stdout.contains("\tNew title\t"), touched.stdout)
        XCTAssertFalse(touched.stdout.contains("Old title"))

        try FileManager.default.removeItem(at: fixture.library.appendingPathComponent("news.md"))
        try FileManager.default.removeItem(at: fixture.library.appendingPathComponent("sub/b.md"))
        let removed = try fixture.list()
        XCTAssertFalse(removed.stdout.contains("news.md"))
        XCTAssertFalse(removed.stderr.contains("b.md"), removed.stderr)
        XCTAssertEqual(removed.stdout, try fixture.direct().stdout)
    }

    func testACorruptIndexIsRebuiltWithAMessage() throws {
        let fixture = try Fixture()
        let database = fixture.cache.appendingPathComponent("folio/index.sqlite")
        try FileManager.default.createDirectory(
            at: database.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(String(repeating: "not a database ", count: 500).utf8).write(to: database)
        let direct = try fixture.direct()
        let rebuilt = try fixture.list()
        XCTAssertEqual(rebuilt.status, 0)
        XCTAssertEqual(rebuilt.stdout, direct.stdout)
        let messages = rebuilt.stderr.split(separator: "\n").filter { !$0.hasPrefix("folio: warning: ") }
        XCTAssertEqual(messages.count, 1, rebuilt.stderr)
        XCTAssertTrue(
            messages.first?.hasPrefix("folio: index \(database.path) is unreadable") == true, rebuilt.stderr)
        XCTAssertTrue(messages.first?.hasSuffix("rebuilt it") == true, rebuilt.stderr)
        let again = try fixture.list()
        XCTAssertEqual(again.stdout, direct.stdout)
        XCTAssertEqual(again.stderr, direct.stderr)
    }

    func testAnUnusableCacheFolderFallsBackToReadingEveryFile() throws {
        let fixture = try Fixture()
        let indexed = try fixture.list()
        // `direct` checks the one warning line and removes it; the rest is the indexed run's.
        let direct = try fixture.direct()
        XCTAssertEqual(direct.status, 0)
        XCTAssertEqual(direct.stdout, indexed.stdout)
        XCTAssertEqual(direct.stderr, indexed.stderr)
    }
}
