import ArticleLibrary
import Foundation
import XCTest

/// Front matter built to hurt a parser: deep nesting, alias bombs, huge values. Every file still
/// becomes an article (or a warning naming it), and the others are read.
final class HostileFrontMatterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-hostile-front-matter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func load(_ files: [String: String]) throws -> Library {
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        try Data("---\ntitle: Good one\ndate: 2021-01-01\n---\nbody\n".utf8).write(
            to: folder.appendingPathComponent("good.md"))
        return try Library.load(paths: [folder.path])
    }

    private func article(_ library: Library, _ name: String) -> Article? {
        library.articles.first { $0.path.hasSuffix("/" + name) }
    }

    func testDeeplyNestedYAMLAndTOMLAreRefusedWithoutOverflowingTheStack() throws {
        let depth = 100_000
        let library = try load([
            "flow.md": "---\ntitle: deep\ntags: " + String(repeating: "[", count: depth)
                + String(repeating: "]", count: depth) + "\n---\nbody\n",
            "mapping.md": "---\ntitle: deep map\ntags: " + String(repeating: "{a: ", count: depth / 2) + "1"
                + String(repeating: "}", count: depth / 2) + "\n---\nbody\n",
            "toml.md": "+++\ntitle = \"deep toml\"\ntags = " + String(repeating: "[", count: depth)
                + String(repeating: "]", count: depth) + "\n+++\nbody\n",
        ])
        XCTAssertEqual(library.articles.count, 4)
        XCTAssertEqual(article(library, "flow.md")?.title, "deep")
        XCTAssertEqual(article(library, "mapping.md")?.title, "deep map")
        XCTAssertEqual(article(library, "toml.md")?.title, "deep toml")
        XCTAssertEqual(article(library, "good.md")?.title, "Good one")
        for name in ["flow.md", "mapping.md"] {
            XCTAssertTrue(
                library.warnings.contains { $0.path.hasSuffix("/" + name) && $0.message.contains("YAML") },
                "\(name): \(library.warnings)")
        }
    }

    /// A YAML "billion laughs": nine levels of nine aliases, 9^9 strings if expanded.
    private static var aliasBomb: String {
        var lines = ["a: &a [\(Array(repeating: "\"lol\"", count: 9).joined(separator: ","))]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append(
                "\(name): &\(name) [\(Array(repeating: "*\(previous)", count: 9).joined(separator: ","))]")
            previous = name
        }
        return lines.joined(separator: "\n")
    }

    func testAliasBombsFlattenWithinTheirBudget() throws {
        let started = Date()
        let library = try load([
            "title-bomb.md":
                "---\n\(Self.aliasBomb)\ntitle: *i\ncategories: *i\ntags: *i\nauthor: *i\n---\nbody\n"
        ])
        XCTAssertEqual(library.articles.count, 2)
        let titled = try XCTUnwrap(article(library, "title-bomb.md"))
        XCTAssertLessThan(titled.title.utf8.count, 100_000, "the flattened title is bounded")
        XCTAssertLessThan(titled.categories.joined().utf8.count, 1_000_000)
        XCTAssertLessThan(titled.tags.joined().utf8.count, 1_000_000)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "far more than the 0.1 s it takes")
    }

    /// BUG, kept out of the suite: an alias bomb used as a mapping key never finishes. Yams's
    /// `Parser.checkDuplicates` (inside `Yams.compose`, called by `YAMLFrontMatter.parse`) hashes
    /// every mapping key, and hashing the aliased key walks all 9^9 nodes: `folio list` on this
    /// file ran for over 100 s without finishing. Rename to `test...` once the front matter is
    /// screened before composing.
    func testAnAliasBombAsAMappingKeyIsRefused() throws {
        let library = try load([
            "key-bomb.md": "---\ntitle: keys\n\(Self.aliasBomb)\n? *i\n: value\n---\nbody\n",
            "inline-key-bomb.md": "---\ntitle: inline\n\(Self.aliasBomb)\nz: {*i : value}\n---\nbody\n",
        ])
        XCTAssertEqual(article(library, "key-bomb.md")?.title, "keys")
        XCTAssertEqual(article(library, "inline-key-bomb.md")?.title, "inline")
        XCTAssertTrue(
            library.warnings.contains {
                $0.path.hasSuffix("key-bomb.md") && $0.message.contains("aliases are not supported")
            })
    }

    func testHugeFrontMatterAndValues() throws {
        let big = String(repeating: "x", count: 300 * 1024)
        let library = try load([
            "huge-value.md": "---\ntitle: \(big)\n---\nbody\n",
            "many-keys.md": "---\ntitle: many\n"
                + (0..<50_000).map { "k\($0): v" }.joined(separator: "\n") + "\n---\nbody\n",
            "only-dashes.md": String(repeating: "---\n", count: 100_000),
        ])
        XCTAssertEqual(library.articles.count, 4)
        XCTAssertNotNil(article(library, "huge-value.md"))
        XCTAssertEqual(article(library, "many-keys.md")?.title, "many")
        XCTAssertNotNil(article(library, "only-dashes.md"))
        XCTAssertEqual(article(library, "good.md")?.title, "Good one")
    }
}
