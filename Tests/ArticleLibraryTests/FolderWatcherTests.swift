import ArticleLibrary
import Foundation
import XCTest

/// The inotify watcher: which changes it reports, and that folders that appear are watched.
/// The kernel queues an event before the call that caused it returns, so nothing waits.
final class FolderWatcherTests: XCTestCase {
    private var root: URL!
    private var watcher: FolderWatcher!

    override func setUpWithError() throws {
        root = try SharedFixtures.temporaryFolder(self)
        try write("old.md", "# old\n")
        try write("notes/kept.md", "# kept\n")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".git/objects"), withIntermediateDirectories: true)
        watcher = try XCTUnwrap(FolderWatcher(paths: [root.path]))
    }

    override func tearDown() {
        watcher = nil  // XCTest keeps every test case: close the descriptor now
    }

    private func write(_ name: String, _ text: String) throws {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    func testNothingChangedIsQuiet() {
        XCTAssertFalse(watcher.takeChanges())
        XCTAssertEqual(watcher.watchCount, 2, "the root and notes/, not .git")
    }

    func testAWrittenArticleIsReportedOnceAndOtherFilesAreNot() throws {
        try write("a.md", "# a\n")
        XCTAssertTrue(watcher.takeChanges())
        XCTAssertFalse(watcher.takeChanges(), "drained")
        try write("b.jpg", "not an article")
        try write(".a.md.swp", "an editor's swap file")
        try write("a.md~", "a backup")
        XCTAssertFalse(watcher.takeChanges())
    }

    func testANewFolderIsWatchedAndWhatIsWrittenInItIsSeen() throws {
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("sub"), withIntermediateDirectories: false)
        XCTAssertTrue(watcher.takeChanges(), "a folder created")
        try write("sub/c.md", "# c\n")
        XCTAssertTrue(watcher.takeChanges(), "an article in the new folder")
        try write("sub/deeper/d.jpg", "x")
        XCTAssertTrue(watcher.takeChanges(), "a folder in the new folder")
        try write("sub/deeper/e.md", "# e\n")
        XCTAssertTrue(watcher.takeChanges())
        XCTAssertEqual(watcher.watchCount, 4)
    }

    func testDeleteRenameMoveOutAndTouchAreSeen() throws {
        let outside = try SharedFixtures.temporaryFolder(self)
        try FileManager.default.removeItem(atPath: path("notes/kept.md"))
        XCTAssertTrue(watcher.takeChanges(), "deleted")
        XCTAssertFalse(watcher.takeChanges())
        XCTAssertEqual(rename(path("old.md"), path("new.md")), 0)
        XCTAssertTrue(watcher.takeChanges(), "renamed within the library")
        XCTAssertEqual(rename(path("new.md"), outside.appendingPathComponent("new.md").path), 0)
        XCTAssertTrue(watcher.takeChanges(), "moved out")
        try write("touched.md", "# t\n")
        XCTAssertTrue(watcher.takeChanges())
        XCTAssertEqual(utimes(path("touched.md"), nil), 0)
        XCTAssertTrue(watcher.takeChanges(), "touched")
    }

    func testAFolderMovedOutIsNoLongerWatchedAndOneMovedInIs() throws {
        let outside = try SharedFixtures.temporaryFolder(self)
        let away = outside.appendingPathComponent("notes").path
        XCTAssertEqual(rename(path("notes"), away), 0)
        XCTAssertTrue(watcher.takeChanges(), "a folder moved out")
        XCTAssertEqual(watcher.watchCount, 1)
        try Data("# later\n".utf8).write(to: URL(fileURLWithPath: away + "/later.md"))
        XCTAssertFalse(watcher.takeChanges(), "changes outside the library")
        XCTAssertEqual(rename(away, path("back")), 0)
        XCTAssertTrue(watcher.takeChanges(), "a folder moved in")
        try write("back/again.md", "# again\n")
        XCTAssertTrue(watcher.takeChanges(), "the folder moved in is watched")
    }

    func testAFolderRenamedWithinTheLibraryKeepsItsWatchUnderTheNewName() throws {
        XCTAssertEqual(rename(path("notes"), path("renamed")), 0)
        XCTAssertTrue(watcher.takeChanges())
        XCTAssertEqual(watcher.watchCount, 2)
        try write("renamed/more.md", "# more\n")
        XCTAssertTrue(watcher.takeChanges())
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("renamed/inner"), withIntermediateDirectories: false)
        XCTAssertTrue(watcher.takeChanges())
        try write("renamed/inner/x.md", "# x\n")
        XCTAssertTrue(watcher.takeChanges(), "a folder made under the new name is watched too")
    }

    func testVersionControlFoldersAreIgnored() throws {
        try write(".git/objects/ab.md", "not an article of the library")
        try write(".git/HEAD.txt", "ref")
        XCTAssertFalse(watcher.takeChanges())
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("notes/.hg"), withIntermediateDirectories: false)
        XCTAssertFalse(watcher.takeChanges())
    }

    func testALinkToAFolderIsFollowedOnceAndAFileRootIsWatched() throws {
        let outside = try SharedFixtures.temporaryFolder(self)
        XCTAssertEqual(symlink(outside.path, path("linked")), 0)
        XCTAssertTrue(watcher.takeChanges(), "a link to a folder appeared")
        try Data("# far\n".utf8).write(to: outside.appendingPathComponent("far.md"))
        XCTAssertTrue(watcher.takeChanges(), "an article in the linked folder")
        XCTAssertEqual(symlink(root.path, path("notes/loop")), 0)
        XCTAssertTrue(watcher.takeChanges())
        XCTAssertEqual(watcher.watchCount, 3, "the loop leads to a folder watched already")

        let file = try XCTUnwrap(FolderWatcher(paths: [path("old.md")]))
        XCTAssertFalse(file.takeChanges())
        try write("old.md", "# old, edited\n")
        XCTAssertTrue(file.takeChanges())
    }
}
