import Foundation
import XCTest

/// Broken and malicious files: `list` and `dump` exit 0, warn naming the file, and go on with
/// the others.
final class HostileFileTests: XCTestCase {
    /// A YAML "billion laughs": nine levels of nine aliases, 9^9 strings if expanded.
    static var aliasBomb: String {
        var lines = ["a: &a [\(Array(repeating: "\"lol\"", count: 9).joined(separator: ","))]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append(
                "\(name): &\(name) [\(Array(repeating: "*\(previous)", count: 9).joined(separator: ","))]")
            previous = name
        }
        return "---\n" + lines.joined(separator: "\n") + "\ntitle: *i\ntags: *i\n---\nbody\n"
    }

    /// Writes one file of each kind beside a good article; the paths by kind.
    static func writeLibrary(_ folder: HostileFolder) throws -> [String: String] {
        var generator = SeededGenerator(seed: 8)
        let binary = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        return [
            "good": try folder.write("good.md", "---\ntitle: Good one\ndate: 2021-01-01\n---\nbody\n"),
            "invalid": try folder.write(
                "invalid-utf8.md",
                bytes: Data("---\ntitle: bad ".utf8) + Data([0xFF, 0xFE])
                    + Data(" bytes\n---\nbody ".utf8) + Data([0xC3, 0x28]) + Data(" end\n".utf8)),
            "nul": try folder.write("nul.md", "---\ntitle: nul\u{0} title\n---\nbody\u{0}with nul\n"),
            "binary": try folder.write("binary.md", bytes: binary),
            "empty": try folder.write("empty.md", ""),
            "unclosed": try folder.write(
                "unclosed.md", "---\ntitle: never closed\ndate: 2020-01-01\n\nbody text\n"),
            "bomb": try folder.write("bomb.md", aliasBomb),
            "long": try folder.write(
                "long.md", "---\ntitle: \(String(repeating: "x", count: 10_000))\n---\nbody\n"),
            "newlines": try folder.write(
                "newlines.md", "---\ntitle: \"line one\\nline two\\tcol\"\n---\nbody\n"),
        ]
    }

    private func assertWarnings(
        _ stderr: String, _ paths: [String: String], file: StaticString = #filePath, line: UInt = #line
    ) {
        let warnings = stderr.split(separator: "\n").map(String.init)
        for kind in ["binary", "invalid", "nul", "unclosed"] {
            let path = paths[kind] ?? ""
            XCTAssertTrue(
                warnings.contains { $0.hasPrefix("folio: warning: \(path):") },
                "no warning naming \(kind) \(path) in\n\(stderr)", file: file, line: line)
        }
        for warning in warnings {
            XCTAssertTrue(warning.hasPrefix("folio: warning: "), warning, file: file, line: line)
            XCTAssertTrue(paths.values.contains { warning.contains($0) }, warning, file: file, line: line)
        }
    }

    func testListReadsEverythingButTheBinaryAndWarnsNamingEachFile() throws {
        let folder = try HostileFolder()
        let paths = try Self.writeLibrary(folder)
        let result = try WatchedRun.run(["list", "--sort", "path", folder.path], seconds: 30)
        XCTAssertFalse(result.timedOut)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(UnsafeScalars.found(in: result.stdout, allowing: [0x0A, 0x09]), [])
        let rows = result.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        XCTAssertEqual(rows.map(\.count), Array(repeating: 4, count: rows.count))
        XCTAssertEqual(Set(rows.map { String($0[3]) }), Set(paths.filter { $0.key != "binary" }.values))
        let titles = Dictionary(uniqueKeysWithValues: rows.map { (String($0[3]), String($0[1])) })
        XCTAssertEqual(titles[paths["good"] ?? ""], "Good one")
        XCTAssertEqual(titles[paths["invalid"] ?? ""], "bad \u{FFFD}\u{FFFD} bytes")
        XCTAssertEqual(titles[paths["newlines"] ?? ""], "line one line two col")
        XCTAssertEqual(titles[paths["long"] ?? ""]?.count, 10_000)
        XCTAssertLessThan(titles[paths["bomb"] ?? ""]?.count ?? .max, 100_000, "the alias bomb is bounded")
        XCTAssertEqual(titles[paths["unclosed"] ?? ""], "unclosed")
        XCTAssertEqual(titles[paths["empty"] ?? ""], "empty")
        assertWarnings(result.stderr, paths)
    }

    func testListJSONStaysParseable() throws {
        let folder = try HostileFolder()
        let paths = try Self.writeLibrary(folder)
        let result = try WatchedRun.run(["list", "--json", folder.path], seconds: 30)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(UnsafeScalars.found(in: result.stdout), [])
        let array = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, paths.count - 1)
        let nul = try XCTUnwrap(array.first { $0["path"] as? String == paths["nul"] })
        XCTAssertEqual(nul["title"] as? String, "nul\u{0} title", "JSON carries the exact text, escaped")
        assertWarnings(result.stderr, paths)
    }

    func testDumpShowsEveryReadableArticle() throws {
        let folder = try HostileFolder()
        let paths = try Self.writeLibrary(folder)
        let result = try WatchedRun.run(
            ["dump", "--color", "never", "--width", "60", folder.path], seconds: 30)
        XCTAssertFalse(result.timedOut)
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter { $0 == "\u{0C}" }.count, paths.count - 2, "one article a readable file")
        let text = lines.filter { $0 != "\u{0C}" }
        XCTAssertEqual(UnsafeScalars.found(in: text.joined(separator: "\n")), [])
        // Everything here is one column a character, so counting characters measures width.
        XCTAssertEqual(text.filter { $0.count > 60 }, [])
        for expected in [
            "Good one", "body\u{FFFD}with nul", "body \u{FFFD}( end", "body text", "line one line two col",
        ] {
            XCTAssertTrue(result.stdout.contains(expected), "'\(expected)' missing from\n\(result.stdout)")
        }
        assertWarnings(result.stderr, paths)
    }
}
