import TextLayout
import XCTest

final class LayoutBlockTests: XCTestCase {
    func testParagraphsAreSeparatedByOneBlankLineAndWhitespaceCollapses() {
        XCTAssertEqual(
            layoutText("<p>  one \n  two  </p>\n\n<p>three</p><div>four</div><div>five</div>", width: 40),
            ["one two", "", "three", "", "four", "five"])
    }

    func testLineBreaksBetweenChineseCharactersInTheSourceDisappear() {
        XCTAssertEqual(layoutText("<p>中文\n文本 and\nEnglish</p>", width: 40), ["中文文本 and English"])
    }

    func testBrForcesLinesAndRepeatedBrGivesOneBlankLine() {
        XCTAssertEqual(layoutText("<div>a<br>b<br><br><br><br>c<br></div>", width: 20), ["a", "b", "", "c"])
    }

    func testHeadingsHaveRolesAndH1H2AreUnderlined() {
        XCTAssertEqual(
            layoutLines("<h1>Big</h1><h2>Mid</h2><h3>Small</h3><p>x</p>", width: 20),
            [
                "{h1}Big{/}", "{hr-heading}==={/}", "", "{h2}Mid{/}", "{hr-heading}---{/}", "",
                "{h3}Small{/}", "", "x",
            ])
    }

    func testInlineRoles() {
        XCTAssertEqual(
            layoutLines(
                "<p><b>b</b> <em>e</em> <code>c</code> <s>s</s> <mark>m</mark> <q>q</q> H<sub>2</sub>O</p>",
                width: 40),
            ["{strong}b{/} {em}e{/} {code}c{/} {s}s{/} {mark}m{/} “q” H₂O"])
    }

    func testNestedListsWithMarkersStartTypeReversedAndValue() {
        let html = """
            <ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li></ul>
            <ol start="9"><li>nine</li><li>ten</li></ol>
            <ol type="i" reversed><li>x</li><li>y</li><li>z</li></ol>
            <ol><li value="5">five</li><li>six</li></ol>
            """
        XCTAssertEqual(
            layoutText(html, width: 30),
            [
                "• a", "  ◦ b", "    ▪ c", "", " 9. nine", "10. ten", "", "iii. x", " ii. y", "  i. z", "",
                "5. five", "6. six",
            ])
    }

    func testListItemTextWrapsUnderItsMarker() {
        XCTAssertEqual(
            layoutText("<ol><li>one two three four five six</li></ol>", width: 14),
            ["1. one two", "   three four", "   five six"])
    }

    func testEmptyListItemStillShowsItsMarker() {
        XCTAssertEqual(layoutText("<ul><li></li><li>b</li></ul>", width: 10), ["•", "• b"])
    }

    func testNestedBlockquotesKeepTheirBars() {
        XCTAssertEqual(
            layoutText(
                "<p>before</p><blockquote><p>outer</p><blockquote>inner</blockquote></blockquote><p>after</p>",
                width: 30),
            ["before", "", "│ outer", "│", "│ │ inner", "", "after"])
    }

    func testDefinitionLists() {
        XCTAssertEqual(
            layoutLines("<dl><dt>Term</dt><dd>Definition</dd></dl>", width: 30),
            ["{strong}Term{/}", "    Definition"])
    }

    func testPreKeepsWhitespaceExpandsTabsAndMarksContinuations() {
        XCTAssertEqual(
            layoutText("<pre>a\tb\n  indented\nabcdefghijklmnopqrstuvwxyz</pre>", width: 12),
            ["a       b", "  indented", "abcdefghijkl", "↪mnopqrstuvw", "↪xyz"])
    }

    func testPreInsideAListKeepsTheIndent() {
        XCTAssertEqual(
            layoutText("<ul><li>code:<pre>x = 1</pre></li></ul>", width: 20), ["• code:", "", "  x = 1"])
    }

    func testWholeArticleWrappedInPreIsLaidOutAsText() {
        let lines = layoutText("<pre><style>p{}</style><p>一段很长的中文文字，应当正常换行而不是被当作代码截断。</p></pre>", width: 20)
        XCTAssertFalse(lines.contains { $0.hasPrefix("↪") }, "\(lines)")
        XCTAssertEqual(lines.joined(), "一段很长的中文文字，应当正常换行而不是被当作代码截断。")
    }

    func testCenteredParagraphs() {
        XCTAssertEqual(layoutText("<p style=\"text-align: center;\">图片说明</p>", width: 20), ["      图片说明"])
    }

    func testRuleFillsTheWidth() {
        XCTAssertEqual(layoutText("<p>a</p><hr><p>b</p>", width: 10), ["a", "", "──────────", "", "b"])
    }

    func testDroppedAndTransparentElements() {
        XCTAssertEqual(
            layoutText(
                "<p>a</p><script>x()</script><style>p{}</style><template>t</template><noscript>n</noscript><custom-tag>kept</custom-tag><svg><text>svg</text></svg>",
                width: 20),
            ["a", "", "kept"])
    }

    func testControlCharactersNeverReachTheOutput() {
        let lines = layoutText(
            "<p>a\u{1B}[2Jb\u{9B}c\u{202E}d\u{7}</p><a href=\"http://x/\u{1B}]52\">l</a>", width: 40)
        XCTAssertEqual(lines, ["a␛[2Jb\u{FFFD}cd␇", "", "l[1]"])
        let document = ArticleLayout.layout(html: "<a href=\"http://x/\u{1B}]52\">l</a>", width: 40)
        XCTAssertFalse(document.links[0].url.unicodeScalars.contains { $0.value < 0x20 })
    }

    func testDeeplyNestedQuotesNeverSqueezeTextBelowHalfTheWidth() {
        let html =
            String(repeating: "<blockquote>", count: 60) + "deep text here"
            + String(repeating: "</blockquote>", count: 60)
        let document = ArticleLayout.layout(html: html, width: 30)
        assertFits(document)
        XCTAssertTrue(
            document.lines.contains { $0.text.hasSuffix("deep text here") }, "\(document.lines.map(\.text))")
    }
}
