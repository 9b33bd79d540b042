import ArticleLibrary
import Foundation
import XCTest

final class IndexRefreshTests: XCTestCase {
    func testColdRefreshGivesTheSameLibraryAsLoadAndCachedLibraryRoundTrips() throws {
        let fixture = try IndexFixture(self)
        try fixture.write(
            "a.md",
            IndexFixture.article(
                title: "First", date: "2021-03-04 05:06:07.25", tags: ["x", "y"], categories: ["新闻"],
                author: "Ann", body: "Hello"))
        try fixture.write("sub/b.html", "<h1>Heading title</h1><p>text &amp; more</p>")
        try fixture.write("sub/c.md", "---\ntitle: [broken\nfoo: bar\n---\nbody")
        try fixture.write("bin.md", "\u{0}\u{1}\u{2}\u{3}binary\u{0}")
        let paths = [fixture.library.path]
        let expected = try Library.load(paths: paths)
        let index = try fixture.open()
        let (library, changes) = try index.refresh(paths: paths)
        XCTAssertEqual(changes, IndexChanges(added: 4))
        XCTAssertEqual(library.articles, expected.articles)
        XCTAssertEqual(Set(library.warnings.map(\.description)), Set(expected.warnings.map(\.description)))
        XCTAssertEqual(library.warnings.count, expected.warnings.count)
        let cached = try XCTUnwrap(try fixture.open().cachedLibrary(paths: paths))
        XCTAssertEqual(cached.articles, expected.articles)
        XCTAssertEqual(cached.warnings.count, expected.warnings.count)
    }

    func testFileCountCountsTheRowsUnderThePaths() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("a.md", "# A")
        try fixture.write("sub/b.md", "# B")
        try fixture.write("bin.md", "\u{0}\u{1}binary\u{0}")
        let index = try fixture.open()
        let paths = [fixture.library.path]
        XCTAssertEqual(try index.fileCount(paths: paths), 0)
        _ = try index.refresh(paths: paths)
        XCTAssertEqual(try index.fileCount(paths: paths), 3, "skipped files have rows too")
        XCTAssertEqual(try index.fileCount(paths: [fixture.library.appendingPathComponent("sub").path]), 1)
    }

    func testAListingLoadLeavesOutOnlyWhatAListDoesNotShow() throws {
        let fixture = try IndexFixture(self)
        try fixture.write(
            "a.md",
            "---\ntitle: 地铁\ndate: 2024-05-02\ncategories: [城市]\ntags: [交通]\nauthor: 记者\n"
                + "description: 一段摘要\nimage: /a.png\nurl: https://example.com/a\nlayout: post\n---\n正文")
        let paths = [fixture.library.path]
        let full = try fixture.open().refresh(paths: paths).library.articles
        let listing = try XCTUnwrap(try fixture.open().cachedLibrary(paths: paths, detail: .listing)).articles
        XCTAssertEqual(full.first?.summary, "一段摘要")
        XCTAssertEqual(full.first?.extra, ["layout": "post"])
        XCTAssertEqual(listing, full.map(\.listing))
        let article = try XCTUnwrap(listing.first)
        XCTAssertEqual(article.title, "地铁")
        XCTAssertEqual(article.categories, ["城市"])
        XCTAssertEqual(article.tags, ["交通"])
        XCTAssertEqual(article.authors, ["记者"])
        XCTAssertNotNil(article.date)
        XCTAssertNil(article.summary)
        XCTAssertNil(article.dateText)
        XCTAssertNil(article.image)
        XCTAssertNil(article.url)
        XCTAssertEqual(article.extra, [:])
    }

    func testStoredWarningsAreTheCachedLibrarysWithoutLoadingIt() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("b.md", "---\ntitle: [broken\n---\nbody")
        try fixture.write("a.md", "# Fine")
        try fixture.write("c.md", "---\ndate: someday\n---\n# C")
        let paths = [fixture.library.path]
        let index = try fixture.open()
        _ = try index.update(paths: paths)
        let stored = try index.storedWarnings(paths: paths).map(\.description)
        XCTAssertEqual(stored.count, 2)
        XCTAssertTrue(stored[0].hasPrefix(fixture.library.path + "/b.md:2: "), stored[0])
        let cached = try XCTUnwrap(index.cachedLibrary(paths: paths)).warnings.map(\.description)
        XCTAssertEqual(Set(stored), Set(cached))
    }

    func testLastRefreshIsTheOldestOfThePathsAndNilForOneNeverRefreshed() throws {
        let fixture = try IndexFixture(self)
        let (one, two) = try fixture.twoFolders()
        let index = try fixture.open()
        XCTAssertNil(try index.lastRefresh(paths: [one]))
        let before = Date()
        _ = try index.update(paths: [one])
        let first = try XCTUnwrap(try index.lastRefresh(paths: [one]))
        XCTAssertGreaterThanOrEqual(first.timeIntervalSince1970, before.timeIntervalSince1970.rounded(.down))
        XCTAssertNil(try index.lastRefresh(paths: [one, two]))
        _ = try index.update(paths: [two])
        XCTAssertEqual(try index.lastRefresh(paths: [two, one]), first)
    }

    func testCachedLibraryIsNilForPathsNeverRefreshed() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("a.md", "# A")
        XCTAssertNil(try fixture.open().cachedLibrary(paths: [fixture.library.path]))
    }

    func testRelativeAndAbsoluteRootsShareRowsAndKeepTheGivenForm() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("a.md", "# A")
        let index = try fixture.open()
        _ = try index.refresh(paths: [fixture.library.path])
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(fixture.root.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let (library, changes) = try index.refresh(paths: ["library/"])
        XCTAssertEqual(changes, IndexChanges())
        XCTAssertEqual(library.articles.map(\.path), ["library/a.md"])
    }

    func testWarmRefreshReadsNothingAndChangedAndDeletedFilesAreSeen() throws {
        let fixture = try IndexFixture(self)
        for n in 0..<5 { try fixture.write("f\(n).md", "# Title \(n)\n\nbody") }
        let paths = [fixture.library.path]
        let first = try fixture.open()
        _ = try first.refresh(paths: paths)
        try first.updateSearchIndex()
        let index = try fixture.open()
        XCTAssertEqual(try index.search(SearchQuery.parse("Title 2"), paths: paths).count, 1)
        XCTAssertEqual(try index.search(SearchQuery.parse("\"Title 1\""), paths: paths).count, 1)
        let warm = try index.refresh(paths: paths)
        XCTAssertEqual(warm.changes, IndexChanges())
        XCTAssertEqual(index.filesRead, 0)
        XCTAssertEqual(warm.library.articles.count, 5)

        try fixture.write("f1.md", "# Title one, now longer\n\nbody")
        try FileManager.default.removeItem(at: fixture.library.appendingPathComponent("f2.md"))
        try fixture.write("new/g.md", "# New")
        let next = try index.refresh(paths: paths)
        XCTAssertEqual(next.changes, IndexChanges(added: 1, changed: 1, removed: 1))
        XCTAssertEqual(index.filesRead, 2)
        XCTAssertEqual(try index.pendingSearchCount(), 2)
        try index.updateSearchIndex()
        XCTAssertEqual(
            Set(next.library.articles.map(\.title)),
            ["Title 0", "Title one, now longer", "Title 3", "Title 4", "New"])
        XCTAssertEqual(try index.search(SearchQuery.parse("now longer"), paths: paths).count, 1)
        XCTAssertEqual(try index.search(SearchQuery.parse("Title 2"), paths: paths).count, 0)
        XCTAssertEqual(try index.search(SearchQuery.parse("\"Title 1\""), paths: paths).count, 0)
        XCTAssertEqual(try index.search(SearchQuery.parse("New"), paths: paths).count, 1)
    }

    func testUpdatingTheSearchIndexCanStopAndResume() throws {
        let fixture = try IndexFixture(self)
        for n in 0..<300 { try fixture.write("f\(n).md", "# Title \(n)") }
        let index = try fixture.open()
        _ = try index.refresh(paths: [fixture.library.path])
        try index.updateSearchIndex { _, _ in false }
        XCTAssertEqual(try index.pendingSearchCount(), 300 - LibraryIndex.searchBatchSize)
        try index.updateSearchIndex()
        XCTAssertEqual(try index.pendingSearchCount(), 0)
        XCTAssertEqual(
            try index.search(SearchQuery.parse("Title 299"), paths: [fixture.library.path]).count, 1)
    }

    func testUpdateThenCachedLibraryIsWhatRefreshGives() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("a.md", "# A")
        let paths = [fixture.library.path]
        let index = try fixture.open()
        XCTAssertEqual(try index.update(paths: paths), IndexChanges(added: 1))
        XCTAssertEqual(try index.update(paths: paths), IndexChanges())
        XCTAssertEqual(
            index.cachedLibrary(paths: paths)?.articles, try index.refresh(paths: paths).library.articles)
    }

    func testWarningsOfParsedFilesAreKeptForWarmRuns() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("bad.md", "---\ntitle: [unclosed\ndate: 2020-01-02\n---\nbody")
        let paths = [fixture.library.path]
        let cold = try fixture.open().refresh(paths: paths)
        XCTAssertEqual(cold.library.warnings.count, 1)
        let warm = try fixture.open().refresh(paths: paths)
        XCTAssertEqual(warm.library.warnings, cold.library.warnings)
        XCTAssertEqual(warm.library.warnings.first?.line, 2)
    }

    func testOtherRootsAreLeftAlone() throws {
        let fixture = try IndexFixture(self)
        let (one, two) = try fixture.twoFolders()
        let index = try fixture.open()
        _ = try index.refresh(paths: [one])
        _ = try index.refresh(paths: [two])
        XCTAssertEqual(index.cachedLibrary(paths: [one])?.articles.map(\.title), ["A"])
        XCTAssertEqual(index.cachedLibrary(paths: [one, two])?.articles.count, 2)
    }

    func testCorruptDatabaseIsRebuiltWithAMessage() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("a.md", "# A")
        let paths = [fixture.library.path]
        _ = try fixture.open().refresh(paths: paths)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: fixture.databasePath))
        let index = try fixture.open()
        XCTAssertEqual(index.messages.count, 1)
        XCTAssertTrue(index.messages[0].contains("rebuilt"), index.messages[0])
        XCTAssertNil(index.cachedLibrary(paths: paths))
        let (library, changes) = try index.refresh(paths: paths)
        XCTAssertEqual(changes.added, 1)
        XCTAssertEqual(library.articles.map(\.title), ["A"])
    }

    func testMissingPathThrowsTheScannersError() throws {
        let fixture = try IndexFixture(self)
        XCTAssertThrowsError(try fixture.open().refresh(paths: [fixture.library.path + "/nope"])) {
            XCTAssertTrue($0 is LibraryScanner.MissingPath)
        }
    }

    func testProgressCountsTheFilesRead() throws {
        let fixture = try IndexFixture(self)
        for n in 0..<3 { try fixture.write("f\(n).md", "# \(n)") }
        var reports: [[Int]] = []
        _ = try fixture.open().refresh(paths: [fixture.library.path]) { reports.append([$0.read, $0.total]) }
        XCTAssertEqual(
            reports.first, [0, 0], "a first indexing reads its first batch before the total is known")
        XCTAssertEqual(reports.last, [3, 3])
        reports = []
        try fixture.write("f3.md", "# 3")
        _ = try fixture.open().refresh(paths: [fixture.library.path]) { reports.append([$0.read, $0.total]) }
        XCTAssertEqual(reports, [[0, 1], [1, 1]], "later refreshes know their total from the start")
    }

    func testProgressDeliversEachBatchsArticlesSmallBatchesFirst() throws {
        let fixture = try IndexFixture(self)
        for n in 0..<100 { try fixture.write(String(format: "f%03d.md", n), "# Title \(n)") }
        try fixture.write("z.md", "GIF89a binary")
        let index = try fixture.open()
        var reports: [IndexProgress] = []
        let root = fixture.library.path
        _ = try index.update(paths: [root]) { reports.append($0) }
        // The first batch is read before the whole folder tree is listed (no total yet).
        XCTAssertEqual(reports.map(\.read), [0, 64, 64, 101])
        XCTAssertEqual(reports.map(\.total), [0, 0, 101, 101])
        XCTAssertEqual(reports.map(\.articles.count), [0, 64, 0, 36])
        let paths = reports.flatMap(\.articles).map(\.path)
        XCTAssertEqual(paths.first, root + "/f000.md")
        XCTAssertEqual(paths.last, root + "/f099.md")
        XCTAssertEqual(reports[1].articles.first?.title, "Title 0")
        XCTAssertEqual(
            Set(paths), Set(index.cachedLibrary(paths: [root])?.articles.map(\.path) ?? []))
        reports = []
        try fixture.write("f000.md", "# Changed now")
        _ = try index.update(paths: [root]) { reports.append($0) }
        XCTAssertEqual(reports.last?.articles.map(\.title), ["Changed now"])
    }
}
