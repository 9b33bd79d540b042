import XCTest

@testable import HTMLParsing

/// The read API a renderer uses: walk events, accessors, text content, fragments.
final class TreeBuilderDocumentTests: XCTestCase {
    private let html = "<p id=a class=x>one <b>two</b></p><svg><text>three</text></svg><p>four"

    private func describe(_ event: WalkEvent, in document: HTMLDocument) -> String {
        switch event {
        case .enter(let id): return "+" + (document.name(of: id) ?? "#document")
        case .exit(let id): return "-" + (document.name(of: id) ?? "#document")
        case .text(let id): return "'" + (document.text(of: id) ?? "") + "'"
        }
    }

    func testWalkEventsInDocumentOrder() throws {
        let document = HTMLDocument.parse(html)
        let body = try XCTUnwrap(document.body)
        var events: [String] = []
        document.walk(from: body) { event in
            events.append(describe(event, in: document))
            return .proceed
        }
        XCTAssertEqual(
            events,
            [
                "+body", "+p", "'one '", "+b", "'two'", "-b", "-p", "+svg", "+text", "'three'", "-text",
                "-svg",
                "+p", "'four'", "-p", "-body",
            ])
    }

    func testWalkCanSkipForeignSubtreesAndStop() throws {
        let document = HTMLDocument.parse(html)
        var events: [String] = []
        document.walk { event in
            events.append(describe(event, in: document))
            if case .enter(let id) = event, document.namespace(of: id) == .svg { return .skipChildren }
            if case .text(let id) = event, document.text(of: id) == "four" { return .stop }
            return .proceed
        }
        XCTAssertEqual(
            Array(events.suffix(6)), ["-b", "-p", "+svg", "-svg", "+p", "'four'"],
            "svg children skipped, nothing after the stop")
        XCTAssertEqual(events.last, "'four'")
        XCTAssertFalse(events.contains("'three'"))
    }

    func testIteratorSkipChildren() throws {
        let document = HTMLDocument.parse("<div><p>a</p></div><p>b</p>")
        var walker = document.events(from: try XCTUnwrap(document.body))
        var seen: [String] = []
        while let event = walker.next() {
            seen.append(describe(event, in: document))
            if case .enter(let id) = event, document.name(of: id) == "div" { walker.skipChildren() }
        }
        XCTAssertEqual(seen, ["+body", "+div", "-div", "+p", "'b'", "-p", "-body"])
    }

    func testAccessors() throws {
        let document = HTMLDocument.parse(html)
        let body = try XCTUnwrap(document.body)
        let children = document.children(of: body)
        XCTAssertEqual(children.map { document.name(of: $0) }, ["p", "svg", "p"])
        let first = children[0]
        XCTAssertEqual(document.attribute("id", of: first), "a")
        XCTAssertEqual(document.attribute("class", of: first), "x")
        XCTAssertNil(document.attribute("title", of: first))
        XCTAssertEqual(document.namespace(of: children[1]), .svg)
        XCTAssertEqual(document.textContent(of: first), "one two")
        XCTAssertEqual(document.textContent(of: body), "one twothreefour")
        let text = document.children(of: first)[0]
        XCTAssertEqual(document.text(of: text), "one ")
        XCTAssertNil(document.name(of: text))
        XCTAssertNil(document.text(of: first))
        XCTAssertEqual(document.parent(of: text), first)
        XCTAssertEqual(document.firstElement(named: "b").map { document.textContent(of: $0) }, "two")
        XCTAssertEqual(document.documentElement.flatMap { document.name(of: $0) }, "html")
    }

    func testAdjacentTextIsMergedIntoOneNode() throws {
        let document = HTMLDocument.parse("<p>a<!-- x -->b&amp;c</p>")
        let paragraph = try XCTUnwrap(document.firstElement(named: "p"))
        let children = document.children(of: paragraph)
        XCTAssertEqual(children.count, 1)
        XCTAssertEqual(document.text(of: children[0]), "ab&c")
    }

    func testFragmentParsing() throws {
        // The stray <p> is foster parented; with no table open it goes to the fragment root.
        let document = HTMLDocument.parseFragment("<td>cell</td><p>x", context: "tr")
        let root = try XCTUnwrap(document.documentElement)
        XCTAssertEqual(
            document.dump(from: root),
            """
            | <td>
            |   "cell"
            | <p>
            |   "x"
            """)
        let title = HTMLDocument.parseFragment("a<b>c</title>", context: "title")
        XCTAssertEqual(title.dump(from: try XCTUnwrap(title.documentElement)), "| \"a<b>c</title>\"")
    }

    func testParseFromBytesRepairsInvalidUTF8() {
        let document = HTMLDocument.parse(bytes: Array("<p>a".utf8) + [0xFF] + Array("b".utf8))
        XCTAssertEqual(document.textContent(of: document.root), "a\u{FFFD}b")
    }
}
