import XCTest

@testable import ArticleLibrary

final class IndexPlainTextTests: XCTestCase {
    func testTagsCommentsScriptsAndReferences() {
        let cases: [(String, String)] = [
            ("<div><p>中<b>文</b></p><p>second</p></div>", "中文 second"),
            (
                "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x4E2D;&#25991; &nbsp;f",
                "a & b <c> \"d\" 'e' 中文 f"
            ),
            ("x<!-- hidden <p> -->y", "xy"),
            ("<script>var a = '<p>';</script>text<STYLE>p{}</style>", "text"),
            ("1 < 2 and 3 > 2 &unknown; & alone", "1 < 2 and 3 > 2 &unknown; & alone"),
            ("line\n\n  breaks\tand   spaces", "line breaks and spaces"),
            ("<img src=x>caption<br/>next", "caption next"),
            ("unclosed <p class=\"x", "unclosed"),
            ("<script>never closed", ""),
        ]
        for (html, text) in cases {
            XCTAssertEqual(PlainText.fromHTML(Substring(html)), text, html)
        }
    }

    func testMarkdownLinkAndImageTargetsAreNotIndexed() {
        let cases: [(String, String)] = [
            ("see [the docs](https://example.com/a_(b)) now", "see [the docs] now"),
            ("![图](https://img/x.png)文字", "![图]文字"),
            ("[![badge](b.svg)](https://ci)", "[![badge]]"),
            ("a ](unclosed\n(x) [k](y)", "a ](unclosed\n(x) [k]"),
            ("plain https://example.com/x", "plain https://example.com/x"),
        ]
        for (markdown, text) in cases {
            XCTAssertEqual(PlainText.fromMarkdown(Substring(markdown)), text, markdown)
        }
    }

    func testSnippetCutsAroundTheFirstMatchAndMarksEveryMatch() {
        let body =
            String(repeating: "filler ", count: 20) + "the Needle and another needle"
            + String(
                repeating: " tail", count: 40)
        let snippet = SnippetMaker.snippet(body: body, title: "T", terms: ["needle"])
        XCTAssertTrue(snippet.text.hasPrefix("…"))
        XCTAssertTrue(snippet.text.hasSuffix("…"))
        XCTAssertEqual(snippet.matches.map { String(snippet.text[$0]) }, ["Needle", "needle"])
        XCTAssertTrue(snippet.marked().contains("the «Needle» and another «needle» tail"), snippet.marked())
        let title = SnippetMaker.snippet(body: "nothing here", title: "Needle in title", terms: ["needle"])
        XCTAssertEqual(title.marked(), "«Needle» in title")
        XCTAssertEqual(
            SnippetMaker.snippet(body: "  start\nof body", title: "T", terms: []).text, "start of body")
    }
}
