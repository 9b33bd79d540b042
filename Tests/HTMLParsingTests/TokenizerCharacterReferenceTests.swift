import XCTest

@testable import HTMLParsing

/// Named and numeric character references in text and attribute values, at the edges of the
/// specification's rules.
final class TokenizerCharacterReferenceTests: XCTestCase {
    /// Inputs and the single text run each must produce in the data state.
    let textCases: [(input: String, text: String)] = [
        ("&amp;", "&"),
        ("&amp", "&"),
        ("&ampx", "&x"),
        ("&AMP;&lt;&GT", "&<>"),
        ("&notit;", "¬it;"),
        ("&notin;", "∉"),
        ("&not;", "¬"),
        ("&NotNestedGreaterGreater;", "\u{2AA2}\u{338}"),
        ("&CounterClockwiseContourIntegral;", "\u{2233}"),
        ("&unknown;", "&unknown;"),
        ("&", "&"),
        ("&;", "&;"),
        ("& x", "& x"),
        ("&#65;&#x41;&#X41", "AAA"),
        ("&#0;", "\u{FFFD}"),
        ("&#xD800;", "\u{FFFD}"),
        ("&#xDFFF;", "\u{FFFD}"),
        ("&#x110000;", "\u{FFFD}"),
        ("&#x10FFFF;", "\u{10FFFF}"),
        ("&#99999999999999999999999;", "\u{FFFD}"),
        ("&#x80;", "€"),
        ("&#x9F;", "Ÿ"),
        ("&#x81;", "\u{81}"),
        ("&#x8D;", "\u{8D}"),
        ("&#xFFFE;", "\u{FFFE}"),
        ("&#x1;", "\u{1}"),
        ("&#x0D;", "\r"),
        ("&#;", "&#;"),
        ("&#x;", "&#x;"),
        ("&#xg;", "&#xg;"),
        ("&#65x", "Ax"),
        ("&#0000000065;", "A"),
    ]

    func testReferencesInText() {
        for (input, text) in textCases {
            XCTAssertEqual(
                tokenizerDump(input), [Token.character(text).dump],
                "input: \(String(reflecting: input))")
        }
    }

    func testReferencesInAttributeValues() {
        let cases: [(input: String, value: String)] = [
            ("<a href=\"?x=1&amp=2\">", "?x=1&amp=2"),
            ("<a href=\"?a&ampb\">", "?a&ampb"),
            ("<a href=\"&amp\">", "&"),
            ("<a href=\"&amp;b\">", "&b"),
            ("<a href='&notit;'>", "&notit;"),
            ("<a href='&not;it'>", "¬it"),
            ("<a href=\"&notit=\">", "&notit="),
            ("<a href=&lt>", "<"),
            ("<a href=&lt=>", "&lt="),
            ("<a href=\"&#x80;&#0;\">", "€\u{FFFD}"),
            ("<a href=\"&unknown;\">", "&unknown;"),
            ("<a href=\"&#x;\">", "&#x;"),
        ]
        for (input, value) in cases {
            var tokenizer = Tokenizer(input)
            guard case .startTag(let tag) = tokenizer.next() else {
                XCTFail("no start tag for \(input)")
                continue
            }
            XCTAssertEqual(tag.attribute("href"), value, "input: \(input)")
        }
    }

    func testReferencesInRcdataButNotRawtext() {
        XCTAssertEqual(
            tokenizerDump("a&lt;b", state: .rcdata), ["Character \"a<b\""])
        XCTAssertEqual(
            tokenizerDump("a&lt;b", state: .rawtext), ["Character \"a&lt;b\""])
    }

    func testTableEdgesAndMultiScalarValues() {
        // Spot checks at both ends of the sorted table and at a two-scalar value.
        XCTAssertEqual(tokenizerDump("&AElig;"), [Token.character("Æ").dump])
        XCTAssertEqual(tokenizerDump("&zwnj;"), [Token.character("\u{200C}").dump])
        XCTAssertEqual(tokenizerDump("&acE;"), [Token.character("\u{223E}\u{333}").dump])
        XCTAssertEqual(NamedCharacterReferences.count, 2231)
    }
}
