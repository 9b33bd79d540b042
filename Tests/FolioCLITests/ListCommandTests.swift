import Foundation
import XCTest

final class ListCommandTests: XCTestCase {
    func testJSONListOfSamplesHasTheSeed() throws {
        let result = try FolioProcess.run(["list", "--json", "samples"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let array = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(array.count, 6)
        let seed = try XCTUnwrap(array.first { ($0["path"] as? String)?.contains("aliwangwang") == true })
        XCTAssertEqual(seed["title"] as? String, "阿里旺旺群聊服务2月底将关停下线")
        XCTAssertEqual(seed["date"] as? String, "2022-02-22T12:29:19Z")
        XCTAssertEqual(seed["author"] as? String, "cnBeta")
        XCTAssertEqual(seed["categories"] as? [String], ["新媒体", "cnBeta", "最新"])
        XCTAssertEqual(
            seed["image"] as? String,
            "https://static.cnbetacdn.com/thumb/article/2022/0222/c0127052f632e7f.png")
        XCTAssertEqual(seed["format"] as? String, "html")
        for object in array {
            XCTAssertEqual(
                Set(object.keys),
                ["path", "title", "date", "author", "categories", "tags", "image", "format"])
        }
        let dates = array.compactMap { $0["date"] as? String }
        XCTAssertEqual(dates, dates.sorted(by: >), "newest first")
    }

    func testTextListIsOneTabSeparatedLinePerArticle() throws {
        let result = try FolioProcess.run(["list", "--sort", "title", "samples"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertGreaterThanOrEqual(lines.count, 6)
        for line in lines {
            XCTAssertEqual(line.split(separator: "\t", omittingEmptySubsequences: false).count, 4)
        }
        XCTAssertTrue(
            lines.contains(
                "2022-02-22\t阿里旺旺群聊服务2月底将关停下线\t新媒体, cnBeta, 最新\tsamples/2022-02-22-aliwangwang-group-chat-shutdown.md"
            ))
    }

    func testMissingPathFailsWithAClearMessage() throws {
        let result = try FolioProcess.run(["list", "samples", "no-such-folder"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "folio: no-such-folder: No such file or directory\n")
    }

    func testWarningsGoToStandardErrorAndHostileTitlesAreNeutralised() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("---\ntitle: \"evil\u{1B}]0;pwned\u{07}\u{202E}title\"\ndate: 2020-01-01\n---\nbody".utf8)
            .write(to: folder.appendingPathComponent("evil.md"))
        try Data("---\ntitle: [unclosed\ndate: 2020-01-02\n---\nbody".utf8).write(
            to: folder.appendingPathComponent("broken.md"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(
            to: folder.appendingPathComponent("png.md"))
        let result = try FolioProcess.run(["list", folder.path])
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(
            result.stdout.unicodeScalars.contains {
                $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E
            })
        XCTAssertTrue(result.stdout.contains("evil␛]0;pwned␇title"), result.stdout)
        let warnings = result.stderr.split(separator: "\n")
        XCTAssertEqual(warnings.count, 3, result.stderr)
        XCTAssertTrue(
            warnings.contains {
                $0.hasPrefix("folio: warning: \(folder.path)/evil.md:2: bad YAML front matter")
            })
        XCTAssertTrue(
            warnings.contains {
                $0.hasPrefix("folio: warning: \(folder.path)/broken.md:2: bad YAML front matter")
            })
        XCTAssertTrue(
            warnings.contains {
                $0 == "folio: warning: \(folder.path)/png.md: skipped: binary file (PNG image)"
            })
    }
}
