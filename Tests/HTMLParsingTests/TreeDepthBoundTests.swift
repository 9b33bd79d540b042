import XCTest

@testable import HTMLParsing

/// The depth bound holds for every input: elements the adoption agency moves below its copies
/// are lifted back to the bound, in document order, and trees within the bound are untouched.
final class TreeDepthBoundTests: XCTestCase {
    private let bound = 64
    /// Each repetition nests one level deeper through adoption-agency copies of `<b>`.
    private func adoptionChain(_ count: Int) -> String {
        String(repeating: "<b><div></b>x", count: count)
    }

    /// The most element ancestors of any element (`<html>` has 0); -1 for no element.
    private func depth(of document: HTMLDocument) -> Int {
        document.walkDepth() - 2
    }

    /// Element names and runs of text in document order, adjacent text joined.
    private func sequence(of document: HTMLDocument) -> [String] {
        var result: [String] = []
        document.walk { event in
            switch event {
            case .enter(let id) where id != document.root:
                result.append("<" + document[id].name + ">")
            case .text(let id):
                if let last = result.last, last.hasPrefix("\"") {
                    result[result.count - 1] = last + document[id].text
                } else {
                    result.append("\"" + document[id].text)
                }
            case .enter, .exit:
                break
            }
            return .proceed
        }
        return result
    }

    /// Checks that every child names its parent and that no two text nodes are adjacent.
    private func checkLinks(of document: HTMLDocument, file: StaticString = #filePath, line: UInt = #line) {
        document.walk { event in
            guard case .enter(let id) = event else { return .proceed }
            var previousIsText = false
            for child in document.children(of: id) {
                XCTAssertEqual(document[child].parent, id, file: file, line: line)
                let isText = document[child].kind == .text
                XCTAssertFalse(previousIsText && isText, "adjacent text under \(id)", file: file, line: line)
                previousIsText = isText
            }
            return .proceed
        }
    }

    private func reachableElements(named name: String, in document: HTMLDocument) -> Int {
        document.nodes.filter { $0.kind == .element && $0.name == name && $0.parent != nil }.count
    }

    func testAdoptionChainStaysWithinTheBound() {
        let document = HTMLDocument.parse(adoptionChain(2_000), maximumDepth: bound)
        XCTAssertLessThanOrEqual(depth(of: document), bound)
        let text = document.textContent(of: document.root)
        XCTAssertEqual(text.filter { $0 == "x" }.count, 2_000)
        XCTAssertEqual(text, String(repeating: "x", count: 2_000))
        XCTAssertEqual(reachableElements(named: "div", in: document), 2_000)
        checkLinks(of: document)
    }

    func testLiftingKeepsEveryNodeInDocumentOrder() {
        var document = HTMLDocument.parse(adoptionChain(2_000), maximumDepth: .max)
        XCTAssertGreaterThan(depth(of: document), 1_000, "without a bound the chain nests deep")
        let before = sequence(of: document)
        document.limitDepth(to: bound)
        XCTAssertEqual(depth(of: document), bound)
        XCTAssertEqual(sequence(of: document), before)
        checkLinks(of: document)
    }

    func testNestedDivsStayWithinTheBound() {
        let document = HTMLDocument.parse(String(repeating: "<div>x", count: 5_000), maximumDepth: bound)
        XCTAssertEqual(depth(of: document), bound)
        let text = document.textContent(of: document.root)
        XCTAssertEqual(text.filter { $0 == "x" }.count, 5_000)
        XCTAssertEqual(text, String(repeating: "x", count: 5_000))
        XCTAssertEqual(reachableElements(named: "div", in: document), 5_000)
    }

    func testFragmentStaysWithinTheBound() {
        let document = HTMLDocument.parseFragment(adoptionChain(2_000), context: "div", maximumDepth: bound)
        XCTAssertLessThanOrEqual(depth(of: document), bound)
        guard let html = document.documentElement else { return XCTFail("no html element") }
        XCTAssertEqual(document.textContent(of: html), String(repeating: "x", count: 2_000))
        checkLinks(of: document)
    }

    func testTreeAtTheBoundIsLeftAsItIs() {
        var document = HTMLDocument.parse(adoptionChain(40), maximumDepth: .max)
        let deepest = depth(of: document)
        let dump = document.dump()
        document.limitDepth(to: deepest)
        XCTAssertEqual(document.dump(), dump)
        document.limitDepth(to: deepest - 1)
        XCTAssertEqual(depth(of: document), deepest - 1)
    }

    func testBoundBelowOneCountsAsOne() {
        let document = HTMLDocument.parse("<p>a<b>b<i>c</i></b>" + adoptionChain(5), maximumDepth: 0)
        XCTAssertEqual(depth(of: document), 1)
        XCTAssertEqual(document.textContent(of: document.root), "abcxxxxx")
        checkLinks(of: document)
    }

    /// Recorded from the parser before the lifting pass existed.
    func testShallowDocumentDumpIsUnchanged() {
        let html = adoptionChain(3) + "<p>1<i>2<table><tr><td>3</i>4</table>5</p><ul><li>6<b>7</ul>8"
        XCTAssertEqual(HTMLDocument.parse(html).dump(), Self.shallowDump)
    }

    private static let shallowDump = """
        | <html>
        |   <head>
        |   <body>
        |     <b>
        |     <div>
        |       <b>
        |       "x"
        |       <b>
        |       <div>
        |         <b>
        |         "x"
        |         <b>
        |         <div>
        |           <b>
        |           "x"
        |           <p>
        |             "1"
        |             <i>
        |               "2"
        |               <table>
        |                 <tbody>
        |                   <tr>
        |                     <td>
        |                       "34"
        |               "5"
        |           <ul>
        |             <li>
        |               <i>
        |                 "6"
        |                 <b>
        |                   "7"
        |           <i>
        |             <b>
        |               "8"
        """
}
