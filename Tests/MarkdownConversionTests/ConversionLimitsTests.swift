import Foundation
import MarkdownConversion
import XCTest

/// Inputs that would take cmark-gfm too long are shown as plain text, with a notice.
final class ConversionLimitsTests: XCTestCase {
    private func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Debian's cmark-gfm needs seconds to a minute on such lines; the converter must not pass them.
    func testA14MillionCharacterInlineLineIsPlainTextAndTheRestIsConverted() {
        for (unit, escaped) in [
            ("[a](b)", "[a](b)"), ("*a*", "*a*"), ("<a>", "&lt;a&gt;"), ("a@b.c ", "a@b.c "),
        ] {
            let count = 1_400_000 / unit.count
            let line = String(repeating: unit, count: count)
            let result = MarkdownConverter().convert("# Title\n\n" + line + "\n\nafter *em*\n")
            let characters = line.count.formatted(
                .number.grouping(.automatic).locale(Locale(identifier: "en_US")))
            XCTAssertEqual(
                result.notices, ["line 3 is \(characters) characters long; shown as plain text"], unit)
            XCTAssertTrue(
                result.html.hasPrefix("<h1>Title</h1>\n<p class=\"folio-plain\">\(escaped)\(escaped)"), unit)
            XCTAssertEqual(occurrences(of: escaped, in: result.html), count, unit)
            XCTAssertTrue(result.html.hasSuffix("</p>\n<p>after <em>em</em></p>\n"), unit)
        }
    }

    func testLongLinesInCodeAndRawHTMLBlocksAreNotCut() {
        let code = String(repeating: "x", count: 200_000)
        let fenced = MarkdownConverter().convert("```\n" + code + "\n```\n")
        XCTAssertEqual(fenced.notices, [])
        XCTAssertTrue(fenced.html == "<pre><code>" + code + "\n</code></pre>\n")
        let row =
            "<table><tr>" + String(repeating: "<td style=\"a\">单元</td>", count: 10_000) + "</tr></table>"
        let table = MarkdownConverter().convert("intro\n\n" + row + "\n")
        XCTAssertEqual(table.notices, [])
        XCTAssertTrue(table.html == "<p>intro</p>\n" + row + "\n")
    }

    func testTableRowsWithTooManyCellsArePlainText() {
        let row = String(repeating: "a|", count: 40_000)
        let result = MarkdownConverter().convert("a|b\n-|-\n" + row + "\n\nafter")
        XCTAssertEqual(result.notices, ["line 3 has 40,000 table cell separators; shown as plain text"])
        XCTAssertTrue(result.html.contains("<p class=\"folio-plain\">" + row + "</p>"))
        XCTAssertTrue(result.html.hasSuffix("<p>after</p>\n"))
    }

    /// Each unclosed `<?` makes cmark scan to the end of the paragraph: quadratic time.
    func testParagraphsOfUnclosedHTMLOpenersArePlainText() {
        let line = "x " + String(repeating: "<?", count: 50)
        let body = Array(repeating: line, count: 3000).joined(separator: "\n")
        let result = MarkdownConverter().convert("# T\n\n" + body + "\n\nafter *em*")
        XCTAssertEqual(
            result.notices,
            ["lines 3–3,002: too many unclosed HTML openers (<?, <!, <![CDATA[); shown as plain text"])
        XCTAssertEqual(occurrences(of: "&lt;?", in: result.html), 150_000)
        XCTAssertTrue(result.html.hasSuffix("</p>\n<p>after <em>em</em></p>\n"))
        let closed = MarkdownConverter().convert(
            Array(repeating: "x <?php echo 1 ?> y", count: 3000).joined(separator: "\n"))
        XCTAssertEqual(closed.notices, [])
    }

    func testTheRestOfADocumentPastTheInlineBudgetIsPlainText() {
        var limits = MarkdownLimits.default
        limits.inlineBudget = 100
        let paragraph = String(repeating: "*a* ", count: 10)
        let markdown =
            Array(repeating: paragraph, count: 5).joined(separator: "\n\n") + "\n\n```\n<code>\n```"
        let result = MarkdownConverter(limits: limits).convert(markdown)
        XCTAssertEqual(
            result.notices,
            ["the document is too costly to convert as a whole; from line 5 on it is shown as plain text"])
        XCTAssertEqual(occurrences(of: "<em>a</em>", in: result.html), 20)
        XCTAssertEqual(occurrences(of: "<p class=\"folio-plain\">*a* ", in: result.html), 3)
        XCTAssertTrue(result.html.hasSuffix("<p class=\"folio-plain\">```\n&lt;code&gt;\n```</p>\n"))
    }

    func testTheRestOfADocumentPastTheSizeLimitIsPlainText() {
        var limits = MarkdownLimits.default
        limits.maxDocumentBytes = 20
        let result = MarkdownConverter(limits: limits).convert("# Head\n\n*kept*\n\n*past* <b>\nmore\n\nlast")
        XCTAssertEqual(
            result.notices, ["the document is 37 bytes long; from line 5 on it is shown as plain text"])
        XCTAssertEqual(
            result.html,
            "<h1>Head</h1>\n<p><em>kept</em></p>\n<p class=\"folio-plain\">*past* &lt;b&gt;\nmore</p>\n"
                + "<p class=\"folio-plain\">last</p>\n")
    }

    func testNoticesNameSourceLinesEvenAfterTagsAddLines() {
        var limits = MarkdownLimits.default
        limits.maxInlineLineBytes = 10
        let result = MarkdownConverter(limits: limits).convert(
            "{% blockquote a, b %}\nq\n{% endblockquote %}\n0123456789ab")
        XCTAssertEqual(result.notices, ["line 4 is 12 characters long; shown as plain text"])
        XCTAssertTrue(result.html.hasSuffix("<p class=\"folio-plain\">0123456789ab</p>\n"))
    }
}
