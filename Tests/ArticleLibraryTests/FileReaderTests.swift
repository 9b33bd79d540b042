import ArticleLibrary
import XCTest

final class FileReaderTests: XCTestCase {
    private func outcome(_ bytes: [UInt8], path: String = "f.md") -> ArticleFileReader.Outcome {
        ArticleFileReader.parse(bytes: bytes, totalSize: bytes.count, path: path)
    }

    func testInvalidUTF8IsRepairedWithAWarning() throws {
        let bytes =
            Array("---\ntitle: caf".utf8) + [0xE9] + Array("\n---\nbody \u{4E2D}".utf8) + [0xFF, 0xFE]
        guard case .article(let parsed) = outcome(bytes) else { return XCTFail("skipped") }
        XCTAssertEqual(parsed.article.title, "caf\u{FFFD}")
        XCTAssertEqual(
            parsed.warnings.map(\.description), ["f.md: invalid UTF-8 (3 bad sequences shown as U+FFFD)"])
    }

    func testBinaryFilesAreSkipped() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 100)
        guard case .skipped(let warning) = outcome(png, path: "img.md") else { return XCTFail("read a PNG") }
        XCTAssertEqual(warning.description, "img.md: skipped: binary file (PNG image)")
        let noise = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        guard case .skipped = outcome(noise) else { return XCTFail("read binary noise") }
    }

    func testEmptyFileIsAnUntitledArticle() {
        guard case .article(let parsed) = outcome([], path: "dir/empty.md") else { return XCTFail("skipped") }
        XCTAssertEqual(parsed.article.title, "empty")
        XCTAssertEqual(parsed.warnings, [])
    }

    func testStrayNULIsReadWithAWarning() {
        guard case .article(let parsed) = outcome(Array("# Title\n\nA\u{0}B".utf8)) else {
            return XCTFail("skipped")
        }
        XCTAssertEqual(parsed.article.title, "Title")
        XCTAssertEqual(parsed.warnings.map(\.message), ["contains NUL bytes"])
    }

    func testEscapeSequencesDoNotMakeAFileBinary() {
        let hostile = "---\ntitle: \"\u{1B}]52;c;ZWNobyBoaQ==\u{7}evil\"\n---\n\u{1B}[2J body"
        guard case .article(let parsed) = outcome(Array(hostile.utf8)) else { return XCTFail("skipped") }
        XCTAssertTrue(parsed.article.title.hasSuffix("evil"))
    }

    func testPartialReadDropsACutCharacterAndReadsFrontMatter() throws {
        let folder = try SharedFixtures.temporaryFolder(self)
        let path = folder.appendingPathComponent("big.md").path
        let body = String(repeating: "中文内容", count: 200_000)
        try Data(("---\ntitle: Big\n---\n" + body).utf8).write(to: URL(fileURLWithPath: path))
        guard case .article(let parsed) = ArticleFileReader.read(path: path, limit: 1000) else {
            return XCTFail("skipped")
        }
        XCTAssertEqual(parsed.article.title, "Big")
        XCTAssertEqual(
            parsed.warnings, [], "a listing read of a big file must not warn about a cut character")
        XCTAssertFalse(parsed.body.contains("\u{FFFD}"))
    }

    func testA10000CharacterTitleIsKeptWhole() {
        let title = String(repeating: "长", count: 10_000)
        guard case .article(let parsed) = outcome(Array("---\ntitle: \(title)\n---\n".utf8)) else {
            return XCTFail("skipped")
        }
        XCTAssertEqual(parsed.article.title.count, 10_000)
    }
}
