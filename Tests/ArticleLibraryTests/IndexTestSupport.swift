import ArticleLibrary
import Foundation
import XCTest

/// A temporary library folder and an index database beside it.
struct IndexFixture {
    let root: URL
    let library: URL
    let databasePath: String

    init(_ test: XCTestCase) throws {
        root = try SharedFixtures.temporaryFolder(test)
        library = root.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        databasePath = root.appendingPathComponent("cache/folio/index.sqlite").path
    }

    /// Writes `text` to `name` under the library (folders created as needed).
    func write(_ name: String, _ text: String) throws {
        let url = library.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Two folders under the library, `one/a.md` (titled A) and `two/b.md` (titled B).
    func twoFolders() throws -> (one: String, two: String) {
        try write("one/a.md", "# A")
        try write("two/b.md", "# B")
        return (library.appendingPathComponent("one").path, library.appendingPathComponent("two").path)
    }

    /// A fresh connection to the fixture's index.
    func open() throws -> LibraryIndex {
        try LibraryIndex(databasePath: databasePath)
    }

    /// An article file with YAML front matter.
    static func article(
        title: String, date: String = "2022-01-01", tags: [String] = [], categories: [String] = [],
        author: String? = nil, body: String
    ) -> String {
        var text = "---\ntitle: \"\(title)\"\ndate: \(date)\n"
        if !tags.isEmpty { text += "tags: [\(tags.joined(separator: ", "))]\n" }
        if !categories.isEmpty { text += "categories:\n" + categories.map { " - \($0)\n" }.joined() }
        if let author { text += "author: \(author)\n" }
        return text + "---\n" + body + "\n"
    }
}
