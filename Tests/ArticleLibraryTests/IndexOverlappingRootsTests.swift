import ArticleLibrary
import Foundation
import XCTest

/// Paths that reach the same files twice: a symbolic link to a folder given beside it, or a
/// folder inside another given path. Each file is listed once, as a direct scan lists it.
final class IndexOverlappingRootsTests: XCTestCase {
    func testAFolderGivenAgainThroughALinkIsListedOnceColdAndWarm() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("a.md", "# A")
        try fixture.write("sub/b.md", "# B")
        let link = fixture.root.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fixture.library.path)
        let paths = [fixture.library.path, link]
        let expected = try Library.load(paths: paths).articles.map(\.path)
        XCTAssertEqual(expected.count, 2)
        let index = try fixture.open()
        let cold = try index.refresh(paths: paths)
        XCTAssertEqual(cold.library.articles.map(\.path), expected)
        XCTAssertEqual(cold.changes, IndexChanges(added: 2))
        let warm = try fixture.open().refresh(paths: paths)
        XCTAssertEqual(warm.library.articles.map(\.path), expected)
        XCTAssertEqual(warm.changes, IndexChanges())
        XCTAssertEqual(try fixture.open().cachedLibrary(paths: paths)?.articles.map(\.path), expected)
    }

    func testALinkIndexedAloneBeforeIsNotListedTwiceWhenGivenBesideItsTarget() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("a.md", "# A")
        let link = fixture.root.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fixture.library.path)
        _ = try fixture.open().refresh(paths: [link])
        let both = try fixture.open().refresh(paths: [fixture.library.path, link])
        XCTAssertEqual(both.library.articles.map(\.path), [fixture.library.path + "/a.md"])
        XCTAssertEqual(both.changes, IndexChanges(added: 1, removed: 1))
    }

    func testAFolderInsideAnotherGivenPathIsListedOnce() throws {
        let fixture = try IndexFixture(self)
        try fixture.write("a.md", "# A")
        try fixture.write("sub/b.md", "# B")
        let paths = [fixture.library.path, fixture.library.appendingPathComponent("sub").path]
        let expected = try Library.load(paths: paths).articles.map(\.path)
        XCTAssertEqual(expected.count, 2)
        XCTAssertEqual(try fixture.open().refresh(paths: paths).library.articles.map(\.path), expected)
        let warm = try fixture.open().refresh(paths: paths)
        XCTAssertEqual(warm.library.articles.map(\.path), expected)
        XCTAssertEqual(warm.changes, IndexChanges(), "rows under both paths are compared once")
        try FileManager.default.removeItem(at: fixture.library.appendingPathComponent("sub/b.md"))
        try fixture.write("sub/c.md", "# C")
        let changed = try fixture.open().refresh(paths: paths)
        XCTAssertEqual(changed.changes, IndexChanges(added: 1, removed: 1))
        XCTAssertEqual(Set(changed.library.articles.map(\.title)), ["A", "C"])
    }
}
