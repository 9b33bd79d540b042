import TextLayout
import XCTest

final class LayoutLinkTests: XCTestCase {
    func testLinksAreNumberedInOrderAndRepeatedURLsKeepTheirNumber() {
        let document = ArticleLayout.layout(
            html:
                "<p><a href=\"https://a.example/\">A</a> <a href=\"https://b.example/\">B</a> <a href=\"https://a.example/\">A again</a></p>",
            width: 60)
        XCTAssertEqual(
            document.lines.map(\.dump),
            ["{link#1}A{/}{marker#1}[1]{/} {link#2}B{/}{marker#2}[2]{/} {link#1}A again{/}{marker#1}[1]{/}"])
        XCTAssertEqual(document.links.map(\.url), ["https://a.example/", "https://b.example/"])
        XCTAssertEqual(document.links.map(\.text), ["A", "B"])
    }

    func testRelativeLinksResolveAgainstBaseHrefThenTheDocumentURL() {
        let withBase = ArticleLayout.layout(
            html:
                "<base href=\"https://base.example/dir/page.html\"><a href=\"../x.html?q=1#f\">x</a> <a href=\"/root\">r</a>",
            width: 60, options: LayoutOptions(documentURL: "https://other.example/a/b"))
        XCTAssertEqual(
            withBase.links.map(\.url), ["https://base.example/x.html?q=1#f", "https://base.example/root"])
        let withDocumentURL = ArticleLayout.layout(
            html:
                "<a href=\"img/a.png\">a</a> <a href=\"//cdn.example/s.js\">b</a> <a href=\"?page=2\">c</a>",
            width: 60,
            options: LayoutOptions(documentURL: "https://site.example/posts/1/index.html?x=y"))
        XCTAssertEqual(
            withDocumentURL.links.map(\.url),
            [
                "https://site.example/posts/1/img/a.png", "https://cdn.example/s.js",
                "https://site.example/posts/1/index.html?page=2",
            ])
        let withoutBase = ArticleLayout.layout(html: "<a href=\"relative/page.html\">r</a>", width: 60)
        XCTAssertEqual(withoutBase.links.map(\.url), ["relative/page.html"])
    }

    func testNonNavigableSchemesAndAnchorsAreTextWithoutNumbers() {
        let document = ArticleLayout.layout(
            html:
                "<a href=\"javascript:alert(1)\">js</a> <a href=\"data:text/html,x\">data</a> <a href=\"#top\">top</a> <a href=\"mailto:a@b.c\">mail</a>",
            width: 60)
        XCTAssertEqual(document.lines.map(\.dump), ["js data top {link#1}mail{/}{marker#1}[1]{/}"])
    }

    func testImagesAreNumberedSeparatelyAndCarryTheirLinksMarker() {
        let document = ArticleLayout.layout(
            html:
                "<p><a href=\"https://x.example/full.png\"><img src=\"https://x.example/thumb.png\"></a></p><p><img src=\"/a/photo.jpg?w=1\" alt=\"相片\"> <a href=\"https://y.example/\">y</a></p>",
            width: 60, options: LayoutOptions(documentURL: "https://x.example/post/"))
        XCTAssertEqual(
            document.lines.map(\.dump),
            [
                "{link+image#1}[image 1: thumb.png]{/}{marker#1}[1]{/}", "",
                "{image}[image 2: 相片]{/} {link#2}y{/}{marker#2}[2]{/}",
            ])
        XCTAssertEqual(
            document.images.map(\.url), ["https://x.example/thumb.png", "https://x.example/a/photo.jpg?w=1"])
        XCTAssertEqual(document.images.first?.link, 1)
    }

    func testLazyImagesUseTheirRealSource() {
        let document = ArticleLayout.layout(
            html: "<img src=\"data:image/gif;base64,R0l\" data-src=\"https://x.example/real.jpg\">", width: 60
        )
        XCTAssertEqual(document.images.map(\.url), ["https://x.example/real.jpg"])
    }

    func testMediaBecomeLabelledPlaceholdersWithNumberedLinks() {
        let document = ArticleLayout.layout(
            html:
                "<iframe src=\"https://v.example/embed/1\" title=\"Talk\"></iframe><video><source src=\"https://v.example/m.mp4\"></video>",
            width: 60)
        XCTAssertEqual(document.lines.map(\.text), ["[frame: Talk][1][video][2]"])
        XCTAssertEqual(document.links.map(\.url), ["https://v.example/embed/1", "https://v.example/m.mp4"])
    }

    func testTaskListCheckboxes() {
        XCTAssertEqual(
            layoutText(
                "<ul><li><input type=\"checkbox\" checked disabled> done</li><li><input type=checkbox> open</li></ul>",
                width: 30),
            ["• [x] done", "• [ ] open"])
    }
}
