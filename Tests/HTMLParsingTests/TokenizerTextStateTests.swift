import XCTest

@testable import HTMLParsing

/// RCDATA, RAWTEXT, script data escapes, PLAINTEXT, CDATA and the state switching API.
final class TokenizerTextStateTests: XCTestCase {
    func testAppropriateEndTagsInRcdataAndRawtext() {
        XCTAssertEqual(
            tokenizerDump("<b>&amp;</title>x", state: .rcdata, lastStartTag: "title"),
            ["Character \"<b>&\"", "EndTag title", "Character \"x\""])
        XCTAssertEqual(
            tokenizerDump("a</TITLE >", state: .rcdata, lastStartTag: "title"),
            ["Character \"a\"", "EndTag title"])
        XCTAssertEqual(
            tokenizerDump("a</titlex></title/>", state: .rcdata, lastStartTag: "title"),
            ["Character \"a</titlex>\"", "EndTag title /"])
        XCTAssertEqual(
            tokenizerDump("a</title>", state: .rcdata), ["Character \"a</title>\""],
            "no start tag emitted: no end tag is appropriate")
        XCTAssertEqual(
            tokenizerDump("&amp;</style>", state: .rawtext, lastStartTag: "style"),
            ["Character \"&amp;\"", "EndTag style"])
        XCTAssertEqual(
            tokenizerDump("</style", state: .rawtext, lastStartTag: "style"),
            ["Character \"</style\""])
    }

    func testScriptDataEscapes() {
        let cases: [(input: String, expected: [String])] = [
            ("a<b</script>", ["Character \"a<b\"", "EndTag script"]),
            ("<!--a</script>", ["Character \"<!--a\"", "EndTag script"]),
            (
                "<!--<script>x</script>y-->z</script>",
                ["Character \"<!--<script>x</script>y-->z\"", "EndTag script"]
            ),
            (
                "<!--<script>x--><!--</script>",
                ["Character \"<!--<script>x--><!--\"", "EndTag script"]
            ),
            ("<!--<scripty>x</script>", ["Character \"<!--<scripty>x\"", "EndTag script"]),
            ("<!-- a -- > </script>", ["Character \"<!-- a -- > \"", "EndTag script"]),
            ("<!--\0-\0--\0", ["Character \"<!--\\u{FFFD}-\\u{FFFD}--\\u{FFFD}\""]),
            ("<!--<script>\0-\0--\0", ["Character \"<!--<script>\\u{FFFD}-\\u{FFFD}--\\u{FFFD}\""]),
            ("<!x</scriptx></script>", ["Character \"<!x</scriptx>\"", "EndTag script"]),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(
                tokenizerDump(input, state: .scriptData, lastStartTag: "script"), expected,
                "input: \(String(reflecting: input))")
        }
    }

    func testPlaintextNeverEnds() {
        XCTAssertEqual(
            tokenizerDump("</plaintext><b>&amp;", state: .plaintext, lastStartTag: "plaintext"),
            ["Character \"</plaintext><b>&amp;\""])
    }

    func testCDATASectionState() {
        XCTAssertEqual(
            tokenizerDump("a]b]]c]]]>d", state: .cdataSection), ["Character \"a]b]]c]d\""])
        XCTAssertEqual(tokenizerDump("x]]", state: .cdataSection), ["Character \"x]]\""])
    }

    func testTreeBuilderSwitchesStateAfterAStartTag() {
        var tokenizer = Tokenizer("<title>a<b>&lt;</title><p>")
        XCTAssertEqual(tokenizer.next().dump, "StartTag title")
        tokenizer.switchState(to: .rcdata)
        XCTAssertEqual(
            tokenizerDump(&tokenizer),
            ["Character \"a<b><\"", "EndTag title", "StartTag p", "EOF"])

        var unswitched = Tokenizer("<title>a<b></title>")
        XCTAssertEqual(
            tokenizerDump(&unswitched),
            ["StartTag title", "Character \"a\"", "StartTag b", "EndTag title", "EOF"])

        var plaintext = Tokenizer("<plaintext></plaintext>")
        XCTAssertEqual(plaintext.next().dump, "StartTag plaintext")
        plaintext.switchState(to: .plaintext)
        XCTAssertEqual(tokenizerDump(&plaintext), ["Character \"</plaintext>\"", "EOF"])
    }

    func testLastStartTagIsTrackedByTheTokenizer() {
        var tokenizer = Tokenizer("<script>x</style></script>")
        XCTAssertEqual(tokenizer.next().dump, "StartTag script")
        tokenizer.switchState(to: .scriptData)
        XCTAssertEqual(
            tokenizerDump(&tokenizer), ["Character \"x</style>\"", "EndTag script", "EOF"])
    }

    func testAllowsCDATAOpensARealSection() {
        var foreign = Tokenizer("<svg><![CDATA[x<y&amp;]]></svg>")
        XCTAssertEqual(foreign.next().dump, "StartTag svg")
        foreign.allowsCDATA = true
        XCTAssertEqual(
            tokenizerDump(&foreign), ["Character \"x<y&amp;\"", "EndTag svg", "EOF"])

        var html = Tokenizer("<![CDATA[x]]>")
        XCTAssertEqual(tokenizerDump(&html), ["Comment \"[CDATA[x]]\"", "EOF"])
    }

    func testTextBeforeCDATAIsReturnedBeforeTheFlagIsRead() {
        var tokenizer = Tokenizer("a<![CDATA[b]]>")
        XCTAssertEqual(tokenizer.next(), .character("a"))
        tokenizer.allowsCDATA = true
        XCTAssertEqual(tokenizerDump(&tokenizer), ["Character \"b\"", "EOF"])
    }
}
