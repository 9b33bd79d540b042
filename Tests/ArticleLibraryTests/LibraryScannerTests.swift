import ArticleLibrary
import XCTest

final class LibraryScannerTests: XCTestCase {
    private func write(_ text: String, _ name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testScansRecursivelyWithDotFilesSkippingGitAndOtherExtensions() throws {
        let root = try SharedFixtures.temporaryFolder(self)
        try write("# A", "a.md", in: root)
        try write("# B", "sub/deeper/b.MARKDOWN", in: root)
        try write("# Hidden", ".hidden.md", in: root)
        try write("# In dot folder", ".drafts/c.txt", in: root)
        try write("<h1>H</h1>", "d.htm", in: root)
        try write("# Git", ".git/e.md", in: root)
        try write("no", "notes.json", in: root)
        try write("no", "README", in: root)
        let (files, warnings) = try LibraryScanner.files(under: [root.path])
        let names = files.map { String($0.dropFirst(root.path.count + 1)) }
        XCTAssertEqual(names, [".hidden.md", "a.md", "d.htm", ".drafts/c.txt", "sub/deeper/b.MARKDOWN"])
        XCTAssertEqual(warnings, [])
    }

    func testSymlinkLoopsAreEnteredOnce() throws {
        let root = try SharedFixtures.temporaryFolder(self)
        try write("# A", "x/a.md", in: root)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("x/loop").path, withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("dangling.md").path,
            withDestinationPath: "/nonexistent/file.md")
        let (files, _) = try LibraryScanner.files(under: [root.path])
        XCTAssertEqual(files.count, 1)
    }

    func testMissingPathThrowsWithItsName() {
        XCTAssertThrowsError(try LibraryScanner.files(under: ["/no/such/folder"])) { error in
            XCTAssertEqual("\(error)", "/no/such/folder: No such file or directory")
        }
    }

    func testANamedFileIsTakenWhateverItsExtension() throws {
        let root = try SharedFixtures.temporaryFolder(self)
        try write("# Note", "note.text", in: root)
        let library = try Library.load(paths: [root.appendingPathComponent("note.text").path])
        XCTAssertEqual(library.articles.map(\.title), ["Note"])
    }

    func testLibrarySortsNewestFirstUndatedLastAndKeepsGoingPastBadFiles() throws {
        let root = try SharedFixtures.temporaryFolder(self)
        try write("---\ntitle: Old\ndate: 2001-01-01\n---\n", "old.md", in: root)
        try write("---\ntitle: New\ndate: 2022-01-01\n---\n", "new.md", in: root)
        try write("# Undated", "undated.md", in: root)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]).write(to: root.appendingPathComponent("image.md"))
        let library = try Library.load(paths: [root.path])
        XCTAssertEqual(library.articles.map(\.title), ["New", "Old", "Undated"])
        XCTAssertEqual(library.warnings.count, 1)
        var byTitle = library
        byTitle.sort(by: .title)
        XCTAssertEqual(byTitle.articles.map(\.title), ["New", "Old", "Undated"])
        byTitle.sort(by: .path)
        XCTAssertEqual(byTitle.articles.map(\.title), ["New", "Old", "Undated"])
    }
}
