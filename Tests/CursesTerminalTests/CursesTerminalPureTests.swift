import CursesTerminal
import XCTest

@testable import ReaderCore

/// The pure parts of the curses adapter: no test here starts curses.
final class KeyDecodingTests: XCTestCase {
    func testCharactersAndControls() {
        let table: [(UInt32, CursesInput)] = [
            (0x0D, .key(.enter)), (0x0A, .key(.enter)), (0x09, .key(.tab)), (0x7F, .key(.backspace)),
            (0x08, .key(.backspace)), (0x1B, .key(.escape)), (0x0C, .key(.control("l"))),
            (0x1A, .key(.control("z"))), (0x01, .key(.control("a"))), (0x00, .key(.control("@"))),
            (0x1F, .key(.control("_"))), (0x71, .key(.character("q"))), (0x4E2D, .key(.character("中"))),
            (0x1F600, .key(.character("😀"))), (0x85, .ignored), (0xD800, .ignored), (0x110000, .ignored),
        ]
        for (value, expected) in table {
            XCTAssertEqual(KeyDecoder.decode(character: value), expected, String(value, radix: 16))
        }
    }

    func testKeyCodes() {
        let table: [(Int32, CursesInput)] = [
            (0o403, .key(.up)), (0o402, .key(.down)), (0o404, .key(.left)), (0o405, .key(.right)),
            (0o523, .key(.pageUp)), (0o522, .key(.pageDown)), (0o406, .key(.home)), (0o550, .key(.end)),
            (0o512, .key(.delete)), (0o527, .key(.enter)), (0o541, .key(.backTab)),
            (0o407, .key(.backspace)), (0o411, .key(.function(1))), (0o424, .key(.function(12))),
            (0o425, .ignored), (0o410, .ignored), (0o632, .resize), (0o631, .mouse), (0o777, .ignored),
        ]
        for (code, expected) in table {
            XCTAssertEqual(KeyDecoder.decode(keyCode: code), expected, String(code, radix: 8))
        }
    }

    func testMouseMasks() {
        let mouse = MouseDecoder(leftPress: 0b11, wheelUp: 0b100, wheelDown: 0b1000)
        XCTAssertEqual(mouse.event(buttons: 0b10, row: 2, column: 4), .click(row: 2, column: 4))
        XCTAssertEqual(
            mouse.event(buttons: 0b100, row: 1, column: 0), .scroll(row: 1, column: 0, delta: -3))
        XCTAssertEqual(
            mouse.event(buttons: 0b1000, row: 1, column: 0), .scroll(row: 1, column: 0, delta: 3))
        XCTAssertNil(mouse.event(buttons: 0b10000, row: 0, column: 0))
        // The real masks are distinct bits, button 5 included.
        let real = MouseDecoder.curses
        XCTAssertNotEqual(real.wheelDown, 0)
        XCTAssertEqual(real.wheelUp & real.wheelDown, 0)
        XCTAssertEqual(real.leftPress & (real.wheelUp | real.wheelDown), 0)
    }
}

final class ColorTests: XCTestCase {
    func testDegradation() {
        XCTAssertEqual(ColorDegradation.nearest(index: 208, among: 256), 208)
        XCTAssertEqual(ColorDegradation.nearest(index: 9, among: 8), 1)  // bright red → red
        XCTAssertEqual(ColorDegradation.nearest(index: 196, among: 16), 9)  // pure red → bright red
        XCTAssertEqual(ColorDegradation.nearest(index: 196, among: 8), 1)
        XCTAssertEqual(ColorDegradation.nearest(index: 232, among: 16), 0)  // near-black gray → black
        XCTAssertEqual(ColorDegradation.nearest(index: 231, among: 16), 15)
        XCTAssertEqual(ColorDegradation.nearest(index: 255, among: 16), 7)  // gray 238 is nearer white 229
        XCTAssertEqual(ColorDegradation.nearest(index: 21, among: 8), 4)  // blue
        XCTAssertEqual(
            ColorDegradation.number(
                for: .terminalDefault, colors: 256, defaultColors: true, isBackground: true), -1)
        XCTAssertEqual(
            ColorDegradation.number(for: nil, colors: 256, defaultColors: false, isBackground: true), 0)
        XCTAssertEqual(
            ColorDegradation.number(for: nil, colors: 256, defaultColors: false, isBackground: false), 7)
        XCTAssertEqual(
            ColorDegradation.number(for: .index(3), colors: 0, defaultColors: true, isBackground: false),
            -1)
        XCTAssertTrue(
            ColorDegradation.rgb(16) == (0, 0, 0) && ColorDegradation.rgb(231) == (255, 255, 255))
    }

    func testPairTable() {
        var table = ColorPairTable(capacity: 3, pairZero: .init(foreground: -1, background: -1))
        XCTAssertEqual(table.pair(for: .init(foreground: -1, background: -1)), .existing(0))
        XCTAssertEqual(table.pair(for: .init(foreground: 1, background: -1)), .new(1))
        XCTAssertEqual(table.pair(for: .init(foreground: 1, background: -1)), .existing(1))
        XCTAssertEqual(table.pair(for: .init(foreground: 2, background: 3)), .new(2))
        XCTAssertEqual(table.pair(for: .init(foreground: 4, background: 3)), .exhausted)
        XCTAssertEqual(table.count, 3)
    }
}

final class PaintingTests: XCTestCase {
    /// glibc-like widths for the scalars used below.
    private func width(_ value: UInt32) -> Int {
        switch value {
        case 0x301, 0x200D, 0xFE0F: return 0
        case 0x4E2D, 0x1F468, 0x1F469: return 2
        case 0x85: return -1
        default: return 1
        }
    }

    func testGlyphPlans() {
        XCTAssertEqual(CellGlyph.plan("a", columns: 1, width: width), CellGlyph(scalars: [0x61]))
        XCTAssertEqual(
            CellGlyph.plan("e\u{301}", columns: 1, width: width), CellGlyph(scalars: [0x65, 0x301]))
        XCTAssertEqual(CellGlyph.plan("中", columns: 2, width: width), CellGlyph(scalars: [0x4E2D]))
        // The buffer says wide, wcwidth says narrow: pad so the next column is covered.
        XCTAssertEqual(
            CellGlyph.plan("❤\u{FE0F}", columns: 2, width: width),
            CellGlyph(scalars: [0x2764, 0xFE0F], padsWithSpace: true))
        // A wide glyph in a narrow cell, a control, nothing at all.
        XCTAssertEqual(CellGlyph.plan("中", columns: 1, width: width), CellGlyph(scalars: [0xFFFD]))
        XCTAssertEqual(CellGlyph.plan("\u{85}", columns: 1, width: width), CellGlyph(scalars: [0xFFFD]))
        XCTAssertEqual(
            CellGlyph.plan("", columns: 2, width: width), CellGlyph(scalars: [0x20], padsWithSpace: true))
        // ZWJ sequence: the first emoji only, without a dangling joiner.
        XCTAssertEqual(
            CellGlyph.plan("👨\u{200D}👩", columns: 2, width: width), CellGlyph(scalars: [0x1F468]))
        // Outside UTF-8, U+FFFD has no width: the stand-in is "?".
        XCTAssertEqual(
            CellGlyph.plan("中", columns: 2, width: { $0 < 0x80 ? 1 : -1 }),
            CellGlyph(scalars: [0x3F], padsWithSpace: true))
    }

    func testDiffDrawsOnlyChangedCells() {
        var a = ScreenBuffer(width: 6, height: 2)
        a.draw("ab中", row: 0, column: 0, style: .plain)
        var b = a
        b.draw("x", row: 1, column: 5, style: .plain)
        XCTAssertEqual(ScreenDiff.changes(from: a, to: b).map { [$0.row, $0.column] }, [[1, 5]])
        XCTAssertEqual(ScreenDiff.changes(from: a, to: a), [])
        // Every cell but the covered half when there is nothing to diff against.
        XCTAssertEqual(ScreenDiff.changes(from: nil, to: a).count, 11)
        XCTAssertEqual(ScreenDiff.changes(from: ScreenBuffer(width: 5, height: 2), to: a).count, 11)
    }

    func testOrphanHalvesPaintAsSpaces() {
        // `draw` repairs halves it cuts; set cells directly to reach the painter's own guard.
        var a = ScreenBuffer(width: 4, height: 1)
        a.draw("中中", row: 0, column: 0, style: .plain)
        var b = a
        b.cells[1] = Cell("x")  // over the right half of the first 中
        XCTAssertEqual(
            ScreenDiff.painted(b, row: 0),
            [
                .glyph("中", .plain, columns: 1), .glyph("x", .plain, columns: 1),
                .glyph("中", .plain, columns: 2), .covered,
            ])
        var c = a
        c.cells[2] = Cell("y")  // over the left half of the second 中
        // The narrow "y" keeps both columns; its glyph plan pads the second with a space.
        XCTAssertEqual(
            ScreenDiff.painted(c, row: 0)[2...], [.glyph("y", .plain, columns: 2), .covered])
        XCTAssertEqual(ScreenDiff.changes(from: a, to: c).map(\.column), [2])
        var d = ScreenBuffer(width: 3, height: 1)
        d.draw("中", row: 0, column: 1, style: .plain)
        d.cells[0] = Cell("w")
        d.cells[1] = Cell("", isContinuation: true)  // column 2: a continuation whose lead is gone
        XCTAssertEqual(
            ScreenDiff.painted(d, row: 0),
            [.glyph("w", .plain, columns: 2), .covered, .glyph(" ", .plain, columns: 1)])
    }

    func testDrawingOverHalfAWideCharacterPaintsNoStandIn() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.draw("東京の", row: 0, column: 0, style: .plain)
        buffer.draw("│", row: 0, column: 3, style: .plain)  // over the right half of 京
        let painted = ScreenDiff.painted(buffer, row: 0)
        XCTAssertEqual(painted[2], .glyph(" ", .plain, columns: 1))
        XCTAssertEqual(painted[3], .glyph("│", .plain, columns: 1))
        XCTAssertEqual(painted[4], .glyph("の", .plain, columns: 2))
        XCTAssertEqual(painted[0], .glyph("東", .plain, columns: 2))
    }
}
