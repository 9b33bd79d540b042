import HTMLParsing
import TextLayout
import XCTest

/// Character references at the edges of the spec: laid-out text holds U+FFFD or the right
/// character, and never a control character.
final class HostileEntityTests: XCTestCase {
    private static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    func testNumericReferencesOutsideUnicodeOrToControls() {
        let cases: [(reference: String, shown: String, why: String)] = [
            ("&#0;", "\u{FFFD}", "NUL is replaced"),
            ("&#x0;", "\u{FFFD}", "NUL, hexadecimal"),
            ("&#xD800;", "\u{FFFD}", "a lone surrogate is replaced"),
            ("&#xDFFF;", "\u{FFFD}", "the last surrogate"),
            ("&#x110000;", "\u{FFFD}", "past the last code point"),
            ("&#99999999999999999999;", "\u{FFFD}", "a number that overflows"),
            ("&#x1B;", "␛", "ESC is kept by the parser and pictured at the output boundary"),
            ("&#27;[2J", "␛[2J", "a CSI written as a reference"),
            ("&#x7;", "␇", "BEL"),
            ("&#127;", "␡", "DEL"),
            ("&#x8;", "␈", "backspace"),
            ("&#x9B;", "\u{203A}", "C1 0x9B is read as Windows-1252 ›"),
            ("&#x80;", "€", "C1 0x80 is read as Windows-1252 €"),
            ("&#x9D;", "\u{FFFD}", "C1 0x9D has no Windows-1252 character and stays a C1 control"),
            ("&#x202E;", "", "a bidi override written as a reference is removed"),
            ("&#x2066;", "", "a bidi isolate written as a reference is removed"),
        ]
        for (reference, shown, why) in cases {
            let lines = ArticleLayout.layout(html: "<p>[\(reference)]</p>", width: 40).lines.map(\.text)
            XCTAssertEqual(lines, ["[\(shown)]"], "\(reference): \(why)")
            XCTAssertEqual(Self.controls(in: lines.joined()), [], reference)
        }
    }

    func testLegacyNamesWithoutSemicolon() {
        let cases: [(html: String, text: String)] = [
            ("<p>a &amp b</p>", "a & b"),
            ("<p>&notit;</p>", "¬it;"),
            ("<p>&copy2024</p>", "©2024"),
            ("<p>&AMP &lt &gt &quot</p>", "& < > \""),
            ("<p>&nbsp;x&nbspy</p>", "\u{A0}x\u{A0}y"),
            ("<p>&unknown; &amp;&</p>", "&unknown; &&"),
        ]
        for (html, text) in cases {
            let lines = ArticleLayout.layout(html: html, width: 40).lines.map(\.text)
            XCTAssertEqual(lines, [text], html)
            XCTAssertEqual(Self.controls(in: lines.joined()), [], html)
        }
    }

    func testLegacyNamesInAttributesFollowTheAttributeRule() {
        // In an attribute, `&copy` followed by an alphanumeric or `=` is not a reference.
        let html = "<p><a href=\"https://example.com/?a=1&copy2024&not=2&amp;c=3&#x1B;[2J\">x</a></p>"
        let document = ArticleLayout.layout(html: html, width: 80)
        // The URL keeps its references as written; its ESC is pictured like any other text.
        XCTAssertEqual(document.links.map(\.url), ["https://example.com/?a=1&copy2024&not=2&c=3␛[2J"])
        XCTAssertEqual(Self.controls(in: document.lines.map(\.text).joined()), [])
    }

    func testReferencesInAltTextAndTitlesAreNeutralised() {
        let html = "<h1>t&#x1B;]0;x&#7;</h1><p><img src=\"a.png\" alt=\"alt&#x9D;&#0;&#x202E;\"></p>"
        let document = ArticleLayout.layout(html: html, width: 80)
        let text = document.lines.map(\.text).joined(separator: " ")
        XCTAssertEqual(Self.controls(in: text), [], text)
        XCTAssertTrue(text.contains("t␛]0;x␇"), text)
        XCTAssertTrue(text.contains("alt\u{FFFD}\u{FFFD}"), text)
    }
}
