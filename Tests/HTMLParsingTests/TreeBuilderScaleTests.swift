import XCTest

@testable import HTMLParsing

/// Hostile nesting: 100,000 levels must neither overflow the stack nor take quadratic time.
/// No timing asserts; a quadratic builder would take minutes on these inputs.
final class TreeBuilderScaleTests: XCTestCase {
    private let count = 100_000

    /// The deepest element nesting in the document, measured iteratively.
    private func depth(of document: HTMLDocument) -> Int {
        document.walkDepth()
    }

    private func elements(named name: String, in document: HTMLDocument) -> Int {
        document.nodes.filter { $0.kind == .element && $0.name == name && $0.parent != nil }.count
    }

    func testHundredThousandNestedDivsAreCappedInDepth() {
        let html = String(repeating: "<div>", count: count) + "deep text"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(elements(named: "div", in: document), count)
        XCTAssertLessThanOrEqual(depth(of: document), HTMLDocument.defaultMaximumDepth + 2)
        XCTAssertEqual(document.textContent(of: document.root), "deep text")
    }

    func testHundredThousandClosedDivs() {
        let html =
            String(repeating: "<div>", count: count) + "x" + String(repeating: "</div>", count: count)
            + "after"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(elements(named: "div", in: document), count)
        guard let body = document.body else { return XCTFail("no body") }
        XCTAssertEqual(document.children(of: body).count, 2, "one div and the trailing text")
        XCTAssertEqual(document.textContent(of: body), "xafter")
    }

    func testHundredThousandNestedBold() {
        let html =
            String(repeating: "<b>", count: count) + "x" + String(repeating: "</b>", count: count) + "y"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(elements(named: "b", in: document), count)
        XCTAssertEqual(document.textContent(of: document.root), "xy")
        guard let body = document.body else { return XCTFail("no body") }
        XCTAssertEqual(document.text(of: document.children(of: body)[1]), "y", "every b was closed")
    }

    func testHundredThousandUnclosedDistinctBoldWithBlocks() {
        var html = ""
        for index in 0..<count {
            html += "<b id=\(index)>"
        }
        html += "<p>a</p><p>b</p>"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(document.textContent(of: document.root), "ab")
        XCTAssertGreaterThanOrEqual(elements(named: "b", in: document), count)
    }

    func testAdoptionAgencyAcrossHundredThousandSpans() {
        let html = "<b>" + String(repeating: "<span>", count: count) + "<div>x</b>y"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(document.textContent(of: document.root), "xy")
        XCTAssertEqual(elements(named: "span", in: document), count)
    }

    func testUncappedDeepTreeWalksIteratively() {
        let html = String(repeating: "<div>", count: count) + "bottom"
        let document = HTMLDocument.parse(html, maximumDepth: .max)
        XCTAssertEqual(depth(of: document), count + 3, "document, html, body and the divs")
        XCTAssertEqual(document.textContent(of: document.root), "bottom")
        var walker = document.events()
        var events = 0
        while walker.next() != nil { events += 1 }
        XCTAssertEqual(
            events, 2 * (count + 4) + 1, "enter and exit for document, html, head, body, divs; one text")
    }

    func testDumpOfCappedDeepTree() {
        let html = String(repeating: "<i>", count: 2_000) + "bottom"
        let document = HTMLDocument.parse(html, maximumDepth: 100)
        let lines = document.dump().split(separator: "\n")
        XCTAssertEqual(lines.count, 2_000 + 4)
        let deepest = lines.map { $0.dropFirst(2).prefix { $0 == " " }.count / 2 }.max()
        XCTAssertEqual(deepest, 101, "elements stop at dump depth 100; the text sits one below")
    }

    func testHundredThousandNestedTables() {
        let html = String(repeating: "<table><tr><td>", count: count / 10) + "cell"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(document.textContent(of: document.root), "cell")
        XCTAssertEqual(elements(named: "table", in: document), count / 10)
    }

    func testStrayEndTagsInDeepInlineNesting() {
        let html =
            String(repeating: "<span>", count: count) + "x" + String(repeating: "</i></q>", count: count)
            + "y"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(document.textContent(of: document.root), "xy")
        XCTAssertEqual(elements(named: "span", in: document), count)
    }

    func testStrayEndTagsInDeepSVG() {
        let html =
            "<svg>" + String(repeating: "<g>", count: count) + "x" + String(repeating: "</x>", count: count)
            + "y"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(document.textContent(of: document.root), "xy")
        XCTAssertEqual(elements(named: "g", in: document), count)
    }

    func testScopeChecksBelowABoundaryDoNotWalkTheStack() {
        // Every <div> asks "is a <p> in button scope?"; the open <p> lies below the <button>
        // and the divs, so a stack walk per tag would be quadratic.
        let html = "<p><button>" + String(repeating: "<div>", count: count) + "x"
        let document = HTMLDocument.parse(html)
        XCTAssertEqual(elements(named: "div", in: document), count)
        XCTAssertEqual(elements(named: "p", in: document), 1, "the divs never closed the p")
        XCTAssertEqual(document.textContent(of: document.root), "x")
    }
}
