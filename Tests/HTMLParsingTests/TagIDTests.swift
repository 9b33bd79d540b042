import XCTest

@testable import HTMLParsing

/// Interning of element names (`TagID`) and the bit sets over them (`TagSet`).
final class TagIDTests: XCTestCase {
    func testEveryNameRoundTrips() {
        for tag in TagID.allCases where tag != .other {
            XCTAssertEqual(TagID(tag.name), tag, tag.name)
        }
    }

    func testNamesAreDistinct() {
        let names = TagID.allCases.filter { $0 != .other }.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
    }

    func testUnknownNamesAreOther() {
        for name in ["", "x", "DIV", "Div", "foreignobject", "custom-element", "blockquotes", "h7", "tabl"] {
            XCTAssertEqual(TagID(name), .other, name)
        }
        XCTAssertEqual(TagID(String(repeating: "a", count: 17)), .other)
        XCTAssertEqual(TagID("selectedcontent"), .selectedcontent)
        XCTAssertEqual(TagID("annotation-xml"), .annotationXML)
        XCTAssertEqual(TagID("foreignObject"), .foreignObject)
    }

    func testSetMembership() {
        let set: TagSet = [.a, .xmp, .var]
        XCTAssertTrue(set.contains(.a))
        XCTAssertTrue(set.contains(.xmp))
        XCTAssertTrue(set.contains("var"))
        XCTAssertFalse(set.contains(.b))
        XCTAssertFalse(set.contains(.other))
        XCTAssertFalse(set.contains("span"))
        XCTAssertEqual(set.union([.b]).members, [.a, .b, .var, .xmp])
    }

    func testNodeKnowsItsTag() {
        let document = HTMLDocument.parse("<p>text<custom-tag></custom-tag>")
        let nodes = document.nodes.filter { $0.kind == .element }
        XCTAssertEqual(nodes.map(\.tag), [.html, .head, .body, .p, .other])
        XCTAssertTrue(document.nodes.filter { $0.kind == .text }.allSatisfy { $0.tag == .other })
    }
}
