import XCTest

@testable import TextLayout

/// Untrusted text made harmless: escape sequences, C1 controls, bidi overrides.
final class TerminalSafeTests: XCTestCase {
    private func assertSafe(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let allowed = value == 0x0A || value == 0x09 || (value >= 0x20 && value != 0x7F)
            XCTAssertTrue(
                allowed, "U+\(String(value, radix: 16)) in \(text.debugDescription)", file: file, line: line)
            XCTAssertFalse((0x80...0x9F).contains(value), file: file, line: line)
            XCTAssertFalse([0x61C, 0x200E, 0x200F].contains(value), file: file, line: line)
            XCTAssertFalse(
                (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value), file: file, line: line
            )
        }
    }

    func testEscapeSequencesBecomeVisibleAndInert() {
        let cases: [(String, String, String)] = [
            ("red \u{1B}[31mtext\u{1B}[0m", "red ␛[31mtext␛[0m", "CSI SGR"),
            ("\u{1B}[2J\u{1B}[H", "␛[2J␛[H", "CSI clear screen"),
            ("\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "␛]52;c;cm0gLXJmIH4=␇", "OSC 52 clipboard write"),
            ("\u{1B}]0;pwned title\u{1B}\\", "␛]0;pwned title␛\\", "OSC 0 window title, ST"),
            ("\u{9B}31mC1 CSI", "\u{FFFD}31mC1 CSI", "single-character C1 CSI"),
            ("\u{9D}0;x\u{9C}", "\u{FFFD}0;x\u{FFFD}", "C1 OSC and ST"),
            ("pass\u{08}\u{08}\u{08}\u{08}word", "pass␈␈␈␈word", "backspaces"),
            ("bell\u{07} nul\u{00} del\u{7F}", "bell␇ nul␀ del␡", "BEL, NUL, DEL"),
        ]
        for (input, expected, name) in cases {
            let output = TerminalSafe.sanitize(input)
            XCTAssertEqual(output, expected, name)
            assertSafe(output)
            XCTAssertTrue(TerminalSafe.needsSanitizing(input), name)
        }
    }

    func testBidiControlsAreRemoved() {
        let trojan = "access\u{202E} \u{2066}// check admin\u{2069} \u{2066}"
        XCTAssertEqual(TerminalSafe.sanitize(trojan), "access // check admin ")
        XCTAssertEqual(TerminalSafe.sanitize("invoice\u{202E}fdp.exe"), "invoicefdp.exe")
        XCTAssertEqual(TerminalSafe.sanitize("a\u{200E}b\u{200F}c\u{061C}d\u{202A}e\u{202C}"), "abcde")
        XCTAssertTrue(TerminalSafe.needsSanitizing("x\u{2067}"))
        XCTAssertTrue(TerminalSafe.needsSanitizing("x\u{61C}"))
    }

    func testLineStructureFollowsTheMode() {
        let text = "line one\r\nline two\rthree\u{2028}four\u{85}five\ttab\n"
        XCTAssertEqual(
            TerminalSafe.sanitize(text, mode: .singleLine), "line one line two three four five tab ")
        XCTAssertEqual(
            TerminalSafe.sanitize(text, mode: .body), "line one\nline two\nthree\nfour\nfive\ttab\n")
        XCTAssertFalse(TerminalSafe.needsSanitizing("para\n\tindented", mode: .body))
        XCTAssertTrue(TerminalSafe.needsSanitizing("para\n", mode: .singleLine))
        XCTAssertTrue(TerminalSafe.needsSanitizing("crlf\r\n", mode: .body))
    }

    func testCleanTextIsUnchanged() {
        let clean = "中文标题：“你好” — café ñ 👨‍👩‍👧 \u{AD}\u{200B}\u{FEFF} € ✓"
        XCTAssertFalse(TerminalSafe.needsSanitizing(clean))
        XCTAssertEqual(TerminalSafe.sanitize(clean), clean)
        XCTAssertEqual(TerminalSafe.sanitize(""), "")
    }

    func testInvalidUTF8NeverPasses() {
        let bytes: [UInt8] = [
            0x41, 0xFF, 0xC2, 0x9B, 0x32, 0x4A, 0xC0, 0xAF, 0xE2, 0x80, 0xAE, 0x1B, 0x5B, 0x6D,
        ]
        let output = TerminalSafe.sanitize(utf8: bytes)
        XCTAssertEqual(output, "A\u{FFFD}\u{FFFD}2J\u{FFFD}\u{FFFD}␛[m")
        assertSafe(output)
    }

    func testScanAgreesWithSanitizeOnEveryScalarBelowU3000() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for mode in [TerminalSafe.Mode.singleLine, .body] {
                let text = "a" + String(Character(scalar)) + "b"
                let changes = TerminalSafe.sanitize(text, mode: mode) != text
                XCTAssertEqual(
                    TerminalSafe.needsSanitizing(text, mode: mode), changes,
                    "U+\(String(value, radix: 16)) \(mode)")
                assertSafe(TerminalSafe.sanitize(text, mode: mode))
            }
        }
    }
}
