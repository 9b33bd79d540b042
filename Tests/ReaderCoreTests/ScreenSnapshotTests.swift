import ReaderCore
import XCTest

/// The screen as text, against golden snapshots, at the sizes a person tries first.
final class ScreenSnapshotTests: XCTestCase {
    private func assertScreen(
        _ state: ReaderState, named name: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let buffer = ScreenRenderer.render(state)
        for row in 0..<buffer.height {
            XCTAssertLessThanOrEqual(
                buffer.text(row: row).count, buffer.width, "row \(row) spills", file: file, line: line)
        }
        GoldenFile.assertMatches(buffer.snapshot + "\n", named: "screen-\(name).txt", file: file, line: line)
    }

    func testListAt100x30() throws {
        assertScreen(try ReaderFixture.state(width: 100, height: 30), named: "list-100x30")
    }

    func testSeedSideBySideAt100x30() throws {
        var state = try ReaderFixture.state(width: 100, height: 30)
        ReaderFixture.select("阿里旺旺", &state)
        ReaderFixture.press([.enter], &state)
        assertScreen(state, named: "seed-100x30")
    }

    func testSeedStackedAt60x20WithSearchHighlights() throws {
        var state = try ReaderFixture.state(width: 60, height: 20)
        ReaderFixture.select("阿里旺旺", &state)
        ReaderFixture.press([.enter, .character("/")] + ReaderFixture.keys("来往"), &state)
        assertScreen(state, named: "seed-60x20-search")
        let buffer = ScreenRenderer.render(state)
        let highlighted = (0..<buffer.height).flatMap { row in (0..<buffer.width).map { buffer[row, $0] } }
            .filter { $0.style.overlay == "search.match" || $0.style.overlay == "search.current" }
        XCTAssertFalse(highlighted.isEmpty)
        XCTAssertTrue(
            Set(highlighted.map(\.text)).isSubset(of: ["来", "往", ""]), "\(Set(highlighted.map(\.text)))")
    }

    func testFullReaderAndHelp() throws {
        var state = try ReaderFixture.state(width: 80, height: 24)
        ReaderFixture.select("field guide", &state)
        ReaderFixture.press([.enter, .character("f")], &state)
        assertScreen(state, named: "guide-full-80x24")
        ReaderFixture.press([.character("?")], &state)
        assertScreen(state, named: "help-80x24")
    }

    func testLongCJKTitlesAreCutByWidthWithAnEllipsis() throws {
        var state = try ReaderFixture.state(width: 44, height: 12)
        ReaderFixture.press([], &state)
        let buffer = ScreenRenderer.render(state)
        let rows = (1..<11).map { buffer.text(row: $0) }
        XCTAssertTrue(rows.contains { $0.contains("…") }, rows.joined(separator: "\n"))
        for row in 0..<buffer.height {
            var width = 0
            for column in 0..<buffer.width where !buffer[row, column].isContinuation {
                width += buffer[row, column].text.isEmpty ? 0 : 1
            }
            XCTAssertLessThanOrEqual(width, 44)
        }
    }
}
