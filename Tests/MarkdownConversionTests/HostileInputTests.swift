import Foundation
import MarkdownConversion
import XCTest

/// Broken and adversarial input converts without crashing and within bounds.
final class HostileInputTests: XCTestCase {
    private func convert(_ markdown: String) -> MarkdownConversionResult {
        MarkdownConverter().convert(markdown)
    }

    func testNULBytesBecomeReplacementCharacters() {
        XCTAssertEqual(convert("a\u{0}b").html, "<p>a\u{FFFD}b</p>\n")
        var limits = MarkdownLimits.default
        limits.maxInlineLineBytes = 4
        XCTAssertEqual(
            MarkdownConverter(limits: limits).convert("a\u{0}bcdef").html,
            "<p class=\"folio-plain\">a\u{FFFD}bcdef</p>\n")
    }

    func testLineEndingsCRLFAndLoneCR() {
        XCTAssertEqual(
            convert("# T\r\n\r\npara\r\nline\rthird").html, "<h1>T</h1>\n<p>para\nline\nthird</p>\n")
        XCTAssertEqual(convert("{% raw %}\r\n{{ x }}\r\n{% endraw %}\r\n").html, "<p>{{ x }}</p>\n")
    }

    func testDanglingTagsAndBareRules() {
        XCTAssertEqual(convert("Line 1\n\n<p\n\nLine 2").html, "<p>Line 1</p>\n<p\n<p>Line 2</p>\n")
        XCTAssertEqual(convert("\n---\n\n\n").html, "<hr />\n")
        XCTAssertEqual(convert("").html, "")
        XCTAssertEqual(convert(" \t\n\n").html, "")
        XCTAssertEqual(convert("```\nunterminated").html, "<pre><code>unterminated\n</code></pre>\n")
    }

    func testDeepNesting() {
        let quotes = convert(String(repeating: ">", count: 10_000) + " deep")
        XCTAssertEqual(quotes.html.components(separatedBy: "<blockquote>").count - 1, 10_000)
        XCTAssertTrue(quotes.html.contains("<p>deep</p>"))
        let brackets = String(repeating: "[", count: 100_000)
        XCTAssertTrue(convert(brackets).html == "<p>" + brackets + "</p>\n")
        XCTAssertEqual(convert(String(repeating: "*", count: 100_000)).html, "<hr />\n")
        let emphasis = String(repeating: "*", count: 50_000) + "a" + String(repeating: "*", count: 50_000)
        XCTAssertTrue(convert(emphasis).html.contains("a"))
        let lists = (0..<500).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        XCTAssertEqual(convert(lists).html.components(separatedBy: "<ul>").count - 1, 500)
    }

    func testManyTagOpenersWithoutClosersStayLinear() {
        let openers = String(repeating: "{% {{ ", count: 15_000) + "x"
        XCTAssertTrue(convert(openers).html == "<p>" + openers + "</p>\n")
        let spans = String(repeating: "{{ a }} {%", count: 10_000)
        XCTAssertEqual(convert(spans).html.components(separatedBy: "folio-template").count - 1, 10_000)
    }

    func testControlAndBidiCharactersPassThroughForTheOutputBoundary() {
        XCTAssertEqual(convert("a\u{1B}[31m b\u{202E}c").html, "<p>a\u{1B}[31m b\u{202E}c</p>\n")
    }
}

extension HostileInputTests {
    /// cmark-gfm's extensions are registered once behind a `static let`; parsers share nothing else.
    func testConcurrentConversionsAgree() {
        let markdown = "| a | b |\n|---|---|\n| ~~x~~ | www.example.com |\n\n- [x] done[^1]\n\n[^1]: note"
        let expected = MarkdownConverter().convert(markdown).html
        let agreed = Tally()
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            if MarkdownConverter().convert(markdown).html == expected { agreed.increment() }
        }
        XCTAssertTrue(expected.contains("<del>x</del>"))
        XCTAssertEqual(agreed.value, 64)
    }
}

/// A counter shared by concurrent test work.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// The count so far.
    var value: Int { lock.withLock { count } }

    /// Adds one.
    func increment() { lock.withLock { count += 1 } }
}
