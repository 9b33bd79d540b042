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
            ("see [the docs](https://example.com/a_(b)) now", "see the docs now"),
            ("![图](https://img/x.png)文字", "图文字"),
            ("[![badge](b.svg)](https://ci)", "badge"),
            ("a ](unclosed\n(x) [k](y)", "a ](unclosed\n(x) k"),
            ("[text][ref] and [shortcut] [1]", "text and [shortcut] [1]"),
            ("plain https://example.com/x_y_z", "plain https://example.com/x_y_z"),
        ]
        for (markdown, text) in cases {
            XCTAssertEqual(PlainText.fromMarkdown(Substring(markdown)), text, markdown)
        }
    }

    func testMarkdownSyntaxIsDroppedAndItsWordsKept() {
        let cases: [(String, String)] = [
            ("# 标题\n## Second ##", "标题\nSecond ##"),
            ("#hashtag stays", "#hashtag stays"),
            ("> quoted\n> > nested", "quoted\nnested"),
            ("- one\n* two\n+ three\n12. four\n3) five", "one\ntwo\nthree\nfour\nfive"),
            ("- [ ] todo\n- [x] done", "todo\ndone"),
            ("**bold** and *em* and __strong__ _em_", "bold and em and strong em"),
            ("snake_case and 2 * 3 and ~~gone~~", "snake_case and 2 * 3 and gone"),
            ("run `make test` now", "run make test now"),
            ("```swift\nlet a_b = *p\n```\nafter", "\nlet a_b = *p\n\nafter"),
            ("Title\n=====\ntext\n\n***\n- - -", "Title\n\ntext\n\n\n"),
            ("| a | b |\n|---|:-:|\n| 1 | 2 |", "| a | b |\n\n| 1 | 2 |"),
            ("[1]: https://example.com/x \"T\"\nbody", "\nbody"),
            ("\\*not em\\* \\# no", "*not em* # no"),
            ("<img src=\"a_b*c.png\"\n> _x_", "<img src=\"a_b*c.png\"\n> x"),
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
