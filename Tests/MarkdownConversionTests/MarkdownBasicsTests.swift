import MarkdownConversion
import XCTest

/// CommonMark and GFM features through cmark-gfm, checked on the HTML they produce.
final class MarkdownBasicsTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownConverter().convert(markdown).html
    }

    func testHeadingsAndParagraphs() {
        XCTAssertEqual(
            html("# Title\n\nSome *text* and **bold**.\n\nSetext\n------\n### Third"),
            "<h1>Title</h1>\n<p>Some <em>text</em> and <strong>bold</strong>.</p>\n<h2>Setext</h2>\n<h3>Third</h3>\n"
        )
    }

    func testNestedLists() {
        XCTAssertEqual(
            html("- a\n  - b\n    - c\n- d"),
            "<ul>\n<li>a\n<ul>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n<li>d</li>\n</ul>\n")
    }

    func testOrderedListKeepsItsStart() {
        XCTAssertEqual(html("5. five\n6. six"), "<ol start=\"5\">\n<li>five</li>\n<li>six</li>\n</ol>\n")
    }

    func testFencedCodeCarriesItsLanguage() {
        XCTAssertEqual(
            html("```swift\nlet x = \"<a>\"\n```"),
            "<pre><code class=\"language-swift\">let x = &quot;&lt;a&gt;&quot;\n</code></pre>\n")
    }

    func testIndentedCode() {
        XCTAssertEqual(
            html("text\n\n    code *not em*\n"), "<p>text</p>\n<pre><code>code *not em*\n</code></pre>\n")
    }

    func testTableWithCJKCellsAndAlignment() {
        let table = html("| 名称 | 值 | 右 |\n|:-----|:--:|---:|\n| 中文 | 二 | 3 |")
        XCTAssertTrue(
            table.contains(
                "<th align=\"left\">名称</th>\n<th align=\"center\">值</th>\n<th align=\"right\">右</th>"))
        XCTAssertTrue(
            table.contains(
                "<td align=\"left\">中文</td>\n<td align=\"center\">二</td>\n<td align=\"right\">3</td>"))
    }

    func testFootnotes() {
        let out = html("Claim[^1].\n\n[^1]: 出处 source.")
        XCTAssertTrue(
            out.contains(
                "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>"))
        XCTAssertTrue(
            out.contains(
                "<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n<p>出处 source."))
    }

    /// Task items carry `<input type="checkbox" …>`, with `checked=""` when done (the layout's `[x]`/`[ ]`).
    func testTaskListsAreCheckboxInputs() {
        XCTAssertEqual(
            html("- [ ] todo\n- [x] done"),
            "<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n"
                + "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n</ul>\n")
    }

    func testStrikethroughAndAutolinks() {
        XCTAssertEqual(
            html("~~old~~ www.example.com and https://a.b/c?d=1 and mail@example.com"),
            "<p><del>old</del> <a href=\"http://www.example.com\">www.example.com</a> and "
                + "<a href=\"https://a.b/c?d=1\">https://a.b/c?d=1</a> and "
                + "<a href=\"mailto:mail@example.com\">mail@example.com</a></p>\n")
    }

    func testEmbeddedHTMLPassesThrough() {
        XCTAssertEqual(
            html(
                "<div class=\"note\">\n<b>raw</b> *kept*\n</div>\n\nText with <span style=\"x\">inline</span> HTML."
            ),
            "<div class=\"note\">\n<b>raw</b> *kept*\n</div>\n<p>Text with <span style=\"x\">inline</span> HTML.</p>\n"
        )
    }

    func testSmartPunctuationIsOff() {
        XCTAssertEqual(html("\"quoted\" -- 'single' ..."), "<p>&quot;quoted&quot; -- 'single' ...</p>\n")
    }

    func testLinksAndImages() {
        XCTAssertEqual(
            html("[文档](https://example.com/文档 \"标题\") ![图](a.png)"),
            "<p><a href=\"https://example.com/%E6%96%87%E6%A1%A3\" title=\"标题\">文档</a> <img src=\"a.png\" alt=\"图\" /></p>\n"
        )
    }
}
