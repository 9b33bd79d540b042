import XCTest

@testable import TextLayout

/// The byte-level fast paths of the layout give the answers of the character-level code they
/// stand in for, including on the inputs where bytes and characters differ.
final class LayoutFastPathTests: XCTestCase {
    func testASCIISearchMatchesStringContains() {
        let cases = [
            "folio-template", "x folio-template y", "folio-templat", "", "FOLIO-TEMPLATE",
            "folio-template\u{301}", "\u{600}folio-template", "é folio-template",
            "folio-templatefolio-template",
        ]
        for text in cases {
            XCTAssertEqual(
                ASCIISearch.contains(text, "folio-template"), characterContains(text, "folio-template"), text)
        }
    }

    /// `String.contains` as the layout module sees it: by characters (Foundation's, which
    /// the tests import, compares UTF-16 units instead).
    private func characterContains(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text)
        let pattern = Array(needle)
        guard haystack.count >= pattern.count else { return false }
        return (0...(haystack.count - pattern.count)).contains {
            Array(haystack[$0..<($0 + pattern.count)]) == pattern
        }
    }

    func testCenteredStyleIgnoresCaseAndSpacesAndDefersOnOtherBytes() {
        XCTAssertEqual(LayoutBuilder.declaresCenteredText(asciiStyle: "TEXT-ALIGN : Center;"), true)
        XCTAssertEqual(LayoutBuilder.declaresCenteredText(asciiStyle: "color:red;text-align:\tcenter"), true)
        XCTAssertEqual(LayoutBuilder.declaresCenteredText(asciiStyle: "text-align: left"), false)
        XCTAssertEqual(LayoutBuilder.declaresCenteredText(asciiStyle: "center"), false)
        XCTAssertNil(LayoutBuilder.declaresCenteredText(asciiStyle: "text-align:\u{3000}center"))
        let centered = layoutText(#"<p style="font-family:宋体; TEXT-ALIGN:\#u{3000}CENTER">中</p>"#, width: 11)
        XCTAssertEqual(centered, ["    中"])
    }

    func testCollapsedFoldsWhitespaceRunsAndTrims() {
        XCTAssertEqual(LayoutBuilder.collapsed("a b"), "a b")
        XCTAssertEqual(LayoutBuilder.collapsed(" a  b\n\tc "), "a b c")
        XCTAssertEqual(LayoutBuilder.collapsed("a\u{0C}b"), "a b")
        XCTAssertEqual(LayoutBuilder.collapsed("   "), "")
        XCTAssertEqual(LayoutBuilder.collapsed(""), "")
    }

    func testVisibleCharacterCheckCountsOnlyNonWhitespace() {
        XCTAssertFalse(LayoutBuilder.hasVisibleCharacter(" \n\t"))
        XCTAssertFalse(LayoutBuilder.hasVisibleCharacter("\u{3000}\u{A0}"))
        XCTAssertTrue(LayoutBuilder.hasVisibleCharacter(" x "))
        XCTAssertTrue(LayoutBuilder.hasVisibleCharacter("\u{3000}中"))
    }

    func testSchemeIsLowercasedAndNeedsALeadingLetter() {
        XCTAssertEqual(URLResolver.scheme(of: "HTTPS://example.com"), "https")
        XCTAssertEqual(URLResolver.scheme(of: "svn+ssh://host"), "svn+ssh")
        XCTAssertNil(URLResolver.scheme(of: "1http://host"))
        XCTAssertNil(URLResolver.scheme(of: ":x"))
        XCTAssertNil(URLResolver.scheme(of: "/path:with/colon"))
        XCTAssertNil(URLResolver.scheme(of: "hé:x"))
        XCTAssertTrue(URLResolver.isNavigable("Mailto:a@b"))
        XCTAssertFalse(URLResolver.isNavigable("JavaScript:void(0)"))
        XCTAssertEqual("  \t a b \n".trimmingHTMLSpace(), "a b")
        XCTAssertEqual(" \u{3000}x\u{3000} ".trimmingHTMLSpace(), "\u{3000}x\u{3000}")
    }

    func testImageFileNames() {
        let html = [
            "https://h/a/b.png?x=1#f", "https://h/dir/", "https://h", "?q=x.png", "?#", "a/b/",
        ].map { #"<img src="\#($0)">"# }.joined()
        let images = ArticleLayout.layout(html: html, width: 80).images.map(\.alt)
        XCTAssertEqual(images, ["b.png", "dir", "h", "q=x.png", "#", "b"])
    }

    func testNaturalWidthOfPreformattedLines() {
        let wrapper = LineWrapper()
        XCTAssertEqual(wrapper.naturalWidth(InlineText("ab\n中文字\n")), 6)
        XCTAssertEqual(wrapper.naturalWidth(InlineText("abc\r\nd")), 4)
        XCTAssertEqual(wrapper.naturalWidth(InlineText("")), 0)
    }

    func testSanitizingScanFindsUnsafeCharactersAtEveryOffsetOfAWord() {
        let unsafe = [
            "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{61C}", "\u{200E}", "\u{202E}", "\u{2028}", "\u{2066}",
        ]
        let safe = ["\u{2014}", "\u{201C}", "\u{A9}", "中", "é", "a"]
        for filler in ["a", "中"] {
            for offset in 0..<17 {
                let prefix = String(repeating: filler, count: offset)
                for sample in unsafe {
                    let text = prefix + sample + String(repeating: filler, count: 9)
                    XCTAssertTrue(
                        TerminalSafe.needsSanitizing(text, mode: .body), "\(offset) \(sample.unicodeScalars)")
                }
                for sample in safe {
                    let text = prefix + sample + String(repeating: filler, count: 9)
                    XCTAssertFalse(
                        TerminalSafe.needsSanitizing(text, mode: .body), "\(offset) \(sample.unicodeScalars)")
                }
                let lines = prefix + "\n\t" + String(repeating: filler, count: 9)
                XCTAssertFalse(TerminalSafe.needsSanitizing(lines, mode: .body))
                XCTAssertTrue(TerminalSafe.needsSanitizing(lines, mode: .singleLine))
            }
        }
    }

    func testCommonHanShortcutAgreesWithTheTables() throws {
        let breaker = LineBreaker(tailoring: .cjk)
        var shortcut = 0
        for value in UInt32(0x3000)...UInt32(0xAFFF) where ParagraphMetrics.isCommonHan(value) {
            let scalar = try XCTUnwrap(Unicode.Scalar(value))
            XCTAssertEqual(breaker.lineBreakClass(scalar), .ID, "\(value)")
            XCTAssertEqual(DisplayWidth.of(scalar), 2, "\(value)")
            XCTAssertFalse(DisplayWidth.needsCluster(value, WidthTable.value(scalar)), "\(value)")
            shortcut += 1
        }
        XCTAssertEqual(shortcut, 0x9FFF - 0x4E00 + 1)
        XCTAssertFalse(ParagraphMetrics.isCommonHan(0x4DFF))
        XCTAssertFalse(ParagraphMetrics.isCommonHan(0xA000))
    }
}
