import ArticleLibrary
import Foundation
import ReaderCore
import XCTest

/// Escape, control and bidi characters in an article never reach a screen cell; the reader shows
/// visible pictures in their place, in the list, the header, the body and the links overlay.
final class HostileScreenTests: XCTestCase {
    private static let payloads: [(name: String, text: String, shown: String)] = [
        ("CSI", "\u{1B}[2J\u{1B}[31mred", "␛[2J␛[31mred"),
        ("OSC 52", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "␛]52;c;cm0gLXJmIH4=␇"),
        ("OSC 0", "\u{1B}]0;pwned\u{07}", "␛]0;pwned␇"),
        ("C1", "\u{9B}31m\u{9D}0;x\u{9C}", "\u{FFFD}31m\u{FFFD}0;x\u{FFFD}"),
        ("DEL and backspace", "pw\u{08}\u{08}x\u{7F}", "pw␈␈x␡"),
        (
            "bidi", "\u{202A}a\u{202B}b\u{202C}c\u{202D}d\u{202E}e\u{2066}f\u{2067}g\u{2068}h\u{2069}",
            "abcdefgh"
        ),
    ]

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || [0x061C, 0x200E, 0x200F].contains(value)
    }

    private func assertNoUnsafeCell(
        _ buffer: ScreenBuffer, _ what: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        for (index, cell) in buffer.cells.enumerated() {
            let bad = cell.text.unicodeScalars.filter(Self.isUnsafe)
            if !bad.isEmpty {
                XCTFail(
                    "\(what): cell \(index / buffer.width),\(index % buffer.width) holds "
                        + bad.map { "U+" + String($0.value, radix: 16) }.joined(separator: " "),
                    file: file, line: line)
                return
            }
        }
    }

    func testNoControlCharacterReachesAScreenCell() throws {
        for payload in Self.payloads {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "folio-hostile-screen-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let p = payload.text
            let article = """
                ---
                title: "T \(p)"
                author: "A \(p)"
                categories: ["C \(p)"]
                date: 2020-01-01
                ---
                <p>B \(p)</p>
                <p><a href="https://example.com/\(p)">L \(p)</a> <img src="https://example.com/\(p).png" alt="I \(p)"></p>

                """
            try Data(article.utf8).write(to: folder.appendingPathComponent("hostile.md"))
            let library = try Library.load(paths: [folder.path])
            var state = ReaderState(libraryName: "hostile \(p)", library: library, width: 200, height: 30)
            _ = state.handle(.resize(width: 200, height: 30))

            let list = ScreenRenderer.render(state)
            assertNoUnsafeCell(list, "\(payload.name): list")
            XCTAssertTrue(list.snapshot.contains("T " + payload.shown), "\(payload.name):\n\(list.snapshot)")

            ReaderFixture.press([.enter], &state)
            let reading = ScreenRenderer.render(state)
            assertNoUnsafeCell(reading, "\(payload.name): reader")
            for prefix in ["T ", "A ", "C ", "B ", "L ", "I "] {
                XCTAssertTrue(
                    reading.snapshot.contains(prefix + payload.shown),
                    "\(payload.name): '\(prefix)' not followed by the visible payload in\n\(reading.snapshot)"
                )
            }

            ReaderFixture.press([.character("u")], &state)
            let links = ScreenRenderer.render(state)
            assertNoUnsafeCell(links, "\(payload.name): links overlay")
            XCTAssertTrue(
                links.snapshot.contains("https://example.com/" + payload.shown),
                "\(payload.name): links overlay\n\(links.snapshot)")

            ReaderFixture.press([.character("y")], &state)
            assertNoUnsafeCell(ScreenRenderer.render(state), "\(payload.name): whole URL")
        }
    }

    func testBrokenFilesOpenInTheReaderHarmlessly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-hostile-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files: [String: Data] = [
            "invalid-utf8.md": Data("---\ntitle: bad ".utf8) + Data([0xFF, 0xFE])
                + Data(" bytes\n---\nbody".utf8),
            "nul.md": Data("---\ntitle: nul\u{0} title\n---\nbody\u{0}with nul\n".utf8),
            "empty.md": Data(),
            "unclosed.md": Data("---\ntitle: never closed\n\nbody text\n".utf8),
            "long.md": Data("---\ntitle: \(String(repeating: "長い", count: 5_000))\n---\nbody\n".utf8),
            "newlines.md": Data("---\ntitle: \"line one\\nline two\\tcol\"\n---\nbody\n".utf8),
            "escapes.html": Data("<h1>\u{1B}[2Jtitle\u{9B}</h1><p>&#x1B;]52;c;x&#7; \u{202E}body</p>".utf8),
        ]
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        let library = try Library.load(paths: [folder.path])
        XCTAssertEqual(library.articles.count, files.count)
        var state = ReaderState(libraryName: "broken", library: library, width: 80, height: 24)
        _ = state.handle(.resize(width: 80, height: 24))
        assertNoUnsafeCell(ScreenRenderer.render(state), "list")
        var opened = Set<String>()
        for row in 0..<files.count {
            ReaderFixture.press([.enter], &state)
            let screen = ScreenRenderer.render(state)
            assertNoUnsafeCell(screen, "article \(row)")
            XCTAssertNotNil(state.open, "article \(row) did not open:\n\(screen.snapshot)")
            opened.insert(state.open?.article.path ?? "")
            ReaderFixture.press([.character("m")], &state)
            assertNoUnsafeCell(ScreenRenderer.render(state), "warnings after article \(row)")
            ReaderFixture.press([.escape, .character("q"), .character("j")], &state)
        }
        XCTAssertEqual(opened.count, files.count, "every article was opened once")
    }
}
