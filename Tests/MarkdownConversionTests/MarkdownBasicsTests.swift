import MarkdownConversion
import XCTest

/// CommonMark and GFM features through cmark-gfm, checked on the HTML they produce.
final class MarkdownBasicsTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownConverter().convert(markdown).html
    }

    func testHeadingsAndParagraphs() {
        XCTAssertEqual(
            html("# Title\n\nSome *text*.\n\n## Sub"),
            "<h1>Title</h1>\n<p>Some <em>text</em>.</p>\n<h2>Sub</h2>\n")
    }
}
