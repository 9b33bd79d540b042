import ArticleLibrary
import XCTest

final class BodyFormatTests: XCTestCase {
    private func format(_ body: String, path: String = "a.md", frontMatter: String = "") -> BodyFormat {
        ArticleParser.parse(frontMatter + body, path: path).article.format
    }

    func testDetection() {
        XCTAssertEqual(format("<div>   \n阿里近期发布<br>\n <p><a href=x>y</a></p>\n</div>"), .html)
        XCTAssertEqual(format("# Title\n\nSome *text* and a [link](http://x).\n"), .markdown)
        XCTAssertEqual(format("# Title\n\n<figure><img src=a.png></figure>\n\ntext"), .markdownWithHTML)
        XCTAssertEqual(
            format("<p align=center><img src=logo.png></p>\n\n## Install\n\n- one\n"), .markdownWithHTML)
        XCTAssertEqual(format("plain words, a < b and c > d"), .markdown)
        XCTAssertEqual(format("Some text", path: "page.html"), .html)
        XCTAssertEqual(format("<!DOCTYPE html><html><body>x</body></html>", path: "a.txt"), .html)
    }

    func testFrontMatterOverride() {
        XCTAssertEqual(format("plain", frontMatter: "---\ntitle: t\nformat: html\n---\n"), .html)
        XCTAssertEqual(
            format("<div>x</div>", frontMatter: "---\ntitle: t\nmarkup: markdown\n---\n"), .markdownWithHTML)
    }
}
