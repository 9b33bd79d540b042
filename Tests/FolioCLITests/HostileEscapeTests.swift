import Foundation
import XCTest

/// Escape, control and bidi characters in every field of an article never leave `folio list`
/// or `folio dump` raw, and something visible stays in their place.
final class HostileEscapeTests: XCTestCase {
    struct Payload {
        var name: String
        var text: String
        /// What `dump` must show in place of the payload (the terminal-safe pictures).
        var shownByDump: String
        /// What the text form of `list` must show (a visible replacement of some kind).
        var shownByList: [String]
    }

    static let payloads: [Payload] = [
        Payload(
            name: "CSI clear screen and SGR", text: "\u{1B}[2J\u{1B}[31mred",
            shownByDump: "␛[2J␛[31mred", shownByList: ["␛[2J␛[31mred", "\u{FFFD}[2J\u{FFFD}[31mred"]),
        Payload(
            name: "OSC 52 clipboard write", text: "\u{1B}]52;c;cm0gLXJmIH4=\u{07}",
            shownByDump: "␛]52;c;cm0gLXJmIH4=␇",
            shownByList: ["␛]52;c;cm0gLXJmIH4=␇", "\u{FFFD}]52;c;cm0gLXJmIH4=\u{FFFD}"]),
        Payload(
            name: "OSC 0 window title", text: "\u{1B}]0;pwned\u{07}",
            shownByDump: "␛]0;pwned␇", shownByList: ["␛]0;pwned␇", "\u{FFFD}]0;pwned\u{FFFD}"]),
        Payload(
            name: "single-byte C1 CSI and OSC", text: "\u{9B}31m\u{9D}0;x\u{9C}",
            shownByDump: "\u{FFFD}31m\u{FFFD}0;x\u{FFFD}", shownByList: ["\u{FFFD}31m\u{FFFD}0;x\u{FFFD}"]),
        Payload(
            name: "DEL and backspace", text: "pass\u{08}\u{08}word\u{7F}",
            shownByDump: "pass␈␈word␡", shownByList: ["pass␈␈word␡", "pass\u{FFFD}\u{FFFD}word\u{FFFD}"]),
        Payload(
            name: "bidi overrides and isolates",
            text: "\u{202A}a\u{202B}b\u{202C}c\u{202D}d\u{202E}e\u{2066}f\u{2067}g\u{2068}h\u{2069}",
            shownByDump: "abcdefgh", shownByList: ["abcdefgh"]),
    ]

    /// One article with `payload` in the title, author, categories, body text, a link's URL and
    /// text, and an image's URL and alt text.
    static func article(_ payload: String) -> String {
        """
        ---
        title: "title \(payload)"
        author: "author \(payload)"
        categories: ["category \(payload)", "plain"]
        date: 2020-01-01
        ---
        <p>body \(payload)</p>
        <p><a href="https://example.com/\(payload)">link \(payload)</a>
        <img src="https://example.com/\(payload).png" alt="alt \(payload)"></p>

        """
    }

    func testListTextShowsEveryFieldHarmlessly() throws {
        for payload in Self.payloads {
            let folder = try HostileFolder()
            try folder.write("hostile.md", Self.article(payload.text))
            let result = try FolioProcess.run(["list", folder.path])
            XCTAssertEqual(result.status, 0, payload.name)
            XCTAssertEqual(UnsafeScalars.found(in: result.stdout, allowing: [0x0A, 0x09]), [], payload.name)
            let fields = result.stdout.split(separator: "\t", omittingEmptySubsequences: false)
            XCTAssertEqual(fields.count, 4, "\(payload.name): \(result.stdout.debugDescription)")
            for (index, prefix) in ["title ", "category "].enumerated() {
                let field = fields.count == 4 ? String(fields[index + 1]) : ""
                XCTAssertTrue(
                    payload.shownByList.contains { field.contains(prefix + $0) },
                    "\(payload.name): \(field.debugDescription)")
            }
            XCTAssertEqual(UnsafeScalars.found(in: result.stderr, allowing: [0x0A]), [], payload.name)
        }
    }

    func testListJSONEscapesEveryFieldAndStillParses() throws {
        for payload in Self.payloads {
            let folder = try HostileFolder()
            try folder.write("hostile.md", Self.article(payload.text))
            let result = try FolioProcess.run(["list", "--json", folder.path])
            XCTAssertEqual(result.status, 0, payload.name)
            XCTAssertEqual(UnsafeScalars.found(in: result.stdout), [], payload.name)
            let array = try XCTUnwrap(
                JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], payload.name
            )
            let object = try XCTUnwrap(array.first, payload.name)
            // The JSON holds the exact text, escaped: a script gets what the file says.
            XCTAssertEqual(object["title"] as? String, "title " + payload.text, payload.name)
            XCTAssertEqual(object["author"] as? String, "author " + payload.text, payload.name)
            XCTAssertEqual(
                object["categories"] as? [String], ["category " + payload.text, "plain"], payload.name)
        }
    }

    func testDumpShowsEveryFieldHarmlessly() throws {
        for payload in Self.payloads {
            let folder = try HostileFolder()
            try folder.write("hostile.md", Self.article(payload.text))
            let result = try FolioProcess.run(["dump", "--color", "never", "--width", "200", folder.path])
            XCTAssertEqual(result.status, 0, payload.name)
            XCTAssertEqual(UnsafeScalars.found(in: result.stdout), [], "\(payload.name): \(result.stdout)")
            for prefix in [
                "title ", "author ", "category ", "body ", "link ", "alt ", "https://example.com/",
            ] {
                XCTAssertTrue(
                    result.stdout.contains(prefix + payload.shownByDump),
                    "\(payload.name): '\(prefix)' not followed by the visible payload in\n\(result.stdout)")
            }
            XCTAssertTrue(
                result.stdout.contains("https://example.com/" + payload.shownByDump + ".png"),
                "\(payload.name): image URL in\n\(result.stdout)")
            XCTAssertEqual(UnsafeScalars.found(in: result.stderr), [], payload.name)
        }
    }

    func testYAMLEscapesThatDecodeToControlsAreNeutralisedToo() throws {
        let folder = try HostileFolder()
        try folder.write(
            "escaped.md",
            "---\ntitle: \"esc \\e[2J bel \\a c1 \\x9b rlo \\u202E end\"\ndate: 2020-01-02\n---\nbody\n")
        try folder.write("other.md", "---\ntitle: other\n---\nbody\n")
        let list = try FolioProcess.run(["list", folder.path])
        XCTAssertEqual(list.status, 0)
        XCTAssertEqual(UnsafeScalars.found(in: list.stdout, allowing: [0x0A, 0x09]), [])
        XCTAssertTrue(list.stdout.contains("\tother\t"), list.stdout)
        XCTAssertTrue(list.stdout.contains("[2J bel "), list.stdout)
        let dump = try FolioProcess.run([
            "dump", "--color", "never", folder.url.appendingPathComponent("escaped.md").path,
        ])
        XCTAssertEqual(dump.status, 0)
        XCTAssertEqual(UnsafeScalars.found(in: dump.stdout), [])
        XCTAssertTrue(dump.stdout.contains("esc ␛[2J bel ␇ c1 \u{FFFD} rlo  end"), dump.stdout)
    }

    func testDumpSeparatesArticlesWithAFormFeedLineOnly() throws {
        let folder = try HostileFolder()
        for payload in Self.payloads {
            try folder.write("\(payload.name).md", Self.article(payload.text))
        }
        let result = try FolioProcess.run(["dump", "--color", "never", folder.path])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter { $0 == "\u{0C}" }.count, Self.payloads.count - 1)
        let rest = lines.filter { $0 != "\u{0C}" }.joined(separator: "\n")
        XCTAssertEqual(UnsafeScalars.found(in: rest), [])
    }
}
