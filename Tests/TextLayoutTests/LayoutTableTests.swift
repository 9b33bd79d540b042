import TextLayout
import XCTest

final class LayoutTableTests: XCTestCase {
    private let table = """
        <table><thead><tr><th>名称</th><th align="right">数量</th></tr></thead>
        <tbody><tr><td>苹果</td><td align="right">3</td></tr><tr><td>Banana 香蕉</td><td align="right">12</td></tr></tbody></table>
        """

    func testTableFitsAsAlignedColumnsWithCJKWidths() {
        XCTAssertEqual(
            layoutText(table, width: 40),
            ["名称        │ 数量", "────────────┼─────", "苹果        │    3", "Banana 香蕉 │   12"])
    }

    func testTooWideTableWrapsCellsWithinColumns() {
        let html =
            "<table><tr><th>Key</th><th>Description</th></tr><tr><td>a</td><td>a long description that wraps</td></tr></table>"
        let document = ArticleLayout.layout(html: html, width: 20)
        assertFits(document)
        XCTAssertEqual(
            document.lines.map(\.text),
            [
                "Key │ Description", "────┼───────────────", "a   │ a long", "    │ description",
                "    │ that wraps",
            ])
    }

    func testTableTooWideForColumnsFallsBackToOneCellALineWithHeaderLabels() {
        let html =
            "<table><tr><th>Name</th><th>Value</th></tr><tr><td>alphabetical</td><td>extraordinarily</td></tr></table>"
        XCTAssertEqual(
            layoutText(html, width: 12), ["Name:", "alphabetical", "Value:", "extraordinar", "ily"])
    }

    func testCaptionsNestedTablesAndColspan() {
        let html =
            "<table><caption>Cap</caption><tr><td colspan=2>wide</td></tr><tr><td>a<table><tr><td>in</td></tr></table></td><td>b</td></tr></table>"
        let lines = layoutText(html, width: 30)
        XCTAssertEqual(lines.first, "Cap")
        XCTAssertTrue(lines.contains { $0.contains("in") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("wide") }, "\(lines)")
    }

    func testHugeTablesStayBounded() {
        let rows = String(repeating: "<tr><td>x</td><td>y</td></tr>", count: 20_000)
        XCTAssertEqual(ArticleLayout.layout(html: "<table>\(rows)</table>", width: 40).lines.count, 20_000)
        let columns = "<tr>" + String(repeating: "<td>c</td>", count: 200) + "</tr>"
        let wide = ArticleLayout.layout(html: "<table>\(columns)\(columns)</table>", width: 40)
        assertFits(wide)
    }
}
