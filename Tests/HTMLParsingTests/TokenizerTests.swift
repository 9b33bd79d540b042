import XCTest

@testable import HTMLParsing

/// All tokens of `tokenizer` up to and including the end of file, adjacent characters merged,
/// one `Token.dump` line each.
func tokenizerDump(_ tokenizer: inout Tokenizer) -> [String] {
    var lines: [String] = []
    var text: String?
    while true {
        let token = tokenizer.next()
        if case .character(let run) = token {
            text = (text ?? "") + run
            continue
        }
        if let pending = text {
            lines.append(Token.character(pending).dump)
            text = nil
        }
        lines.append(token.dump)
        if token == .endOfFile { return lines }
    }
}

/// The dump of `input` tokenized from `state`, without the final `EOF` line.
func tokenizerDump(
    _ input: String, state: TokenizerState = .data, lastStartTag: String? = nil
) -> [String] {
    var tokenizer = Tokenizer(input, initialState: state, lastStartTag: lastStartTag)
    return Array(tokenizerDump(&tokenizer).dropLast())
}

/// Table-driven tests of tags, attributes, comments, DOCTYPEs, NULL and newline handling.
final class TokenizerTests: XCTestCase {
    /// One input and the token dump it must produce (merged characters, no EOF line).
    struct Case {
        let input: String
        let expected: [String]
        let line: UInt

        init(_ input: String, _ expected: [String], line: UInt = #line) {
            self.input = input
            self.expected = expected
            self.line = line
        }
    }

    func check(_ cases: [Case], state: TokenizerState = .data, lastStartTag: String? = nil) {
        for testCase in cases {
            XCTAssertEqual(
                tokenizerDump(testCase.input, state: state, lastStartTag: lastStartTag),
                testCase.expected, "input: \(String(reflecting: testCase.input))", line: testCase.line)
        }
    }

    func testTagsAndAttributes() {
        check([
            Case("<p>Hi</p>", ["StartTag p", "Character \"Hi\"", "EndTag p"]),
            Case("<DIV Class=A>", ["StartTag div class=\"A\""]),
            Case("<a b=1 b=2 B=3 c>", ["StartTag a b=\"1\" c=\"\""]),
            Case("<br/><img src='x' />", ["StartTag br /", "StartTag img src=\"x\" /"]),
            Case("<a/b>", ["StartTag a b=\"\""]),
            Case("<a b='1'c=\"2\">", ["StartTag a b=\"1\" c=\"2\""]),
            Case("<a =b>", ["StartTag a =b=\"\""]),
            Case("<a b=\"<'>\" c=d\"e>", ["StartTag a b=\"<'>\" c=\"d\\\"e\""]),
            Case("</a b=c>", ["EndTag a b=\"c\""]),
            Case("</>x", ["Character \"x\""]),
            Case("</ x>", ["Comment \" x\""]),
            Case("<?xml version?>", ["Comment \"?xml version?\""]),
            Case("a < b <3", ["Character \"a < b <3\""]),
            Case("<a b", []),
            Case("<a b=\"c", []),
            Case("x</", ["Character \"x</\""]),
            Case("<", ["Character \"<\""]),
        ])
    }

    func testDuplicateAttributesInALongTagKeepTheFirst() {
        let attributes = (0..<40).map { " a\($0)=\($0)" }.joined()
        var tokenizer = Tokenizer("<x\(attributes)\(attributes) A7=late a39=late>")
        guard case .startTag(let tag) = tokenizer.next() else {
            return XCTFail("expected a start tag")
        }
        XCTAssertEqual(tag.attributes.count, 40)
        XCTAssertEqual(tag.attribute("a7"), "7")
        XCTAssertEqual(tag.attribute("a39"), "39")
    }

    func testComments() {
        check([
            Case("<!-- x -->", ["Comment \" x \""]),
            Case("<!---->", ["Comment \"\""]),
            Case("<!-->", ["Comment \"\""]),
            Case("<!--->", ["Comment \"\""]),
            Case("<!--a--!>b", ["Comment \"a\"", "Character \"b\""]),
            Case("<!--a--!-->", ["Comment \"a--!\""]),
            Case("<!--a---->", ["Comment \"a--\""]),
            Case("<!--<!-- x -->", ["Comment \"<!-- x \""]),
            Case("<!--a", ["Comment \"a\""]),
            Case("<!x>", ["Comment \"x\""]),
            Case("<![CDATA[x]]>", ["Comment \"[CDATA[x]]\""]),
        ])
    }

    func testDoctypes() {
        check([
            Case("<!DOCTYPE html>", ["DOCTYPE \"html\""]),
            Case("<!doctype HTML >", ["DOCTYPE \"html\""]),
            Case("<!DOCTYPE>", ["DOCTYPE nil quirks"]),
            Case("<!DOCTYPE", ["DOCTYPE nil quirks"]),
            Case(
                "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://www.w3.org/TR/html4/strict.dtd'>",
                [
                    "DOCTYPE \"html\" public=\"-//W3C//DTD HTML 4.01//EN\" "
                        + "system=\"http://www.w3.org/TR/html4/strict.dtd\""
                ]),
            Case(
                "<!DOCTYPE html SYSTEM \"about:legacy-compat\">",
                [
                    "DOCTYPE \"html\" public=nil system=\"about:legacy-compat\""
                ]),
            Case("<!DOCTYPE html PUBLIC \"x>", ["DOCTYPE \"html\" public=\"x\" system=nil quirks"]),
            Case("<!DOCTYPE html bogus>", ["DOCTYPE \"html\" quirks"]),
            Case("<!DOCTYPE html SYSTEM \"s\" junk>", ["DOCTYPE \"html\" public=nil system=\"s\""]),
        ])
    }

    func testNullHandlingPerState() {
        check([
            Case("a\0b", ["Character \"a\\u{0}b\""]),
            Case("<a\0 b\0=\"\0\">", ["StartTag a\u{FFFD} b\u{FFFD}=\"\\u{FFFD}\""]),
            Case("<!--\0-->", ["Comment \"\\u{FFFD}\""]),
            Case("<!DOCTYPE \0>", ["DOCTYPE \"\\u{FFFD}\""]),
        ])
        check([Case("a\0b", ["Character \"a\\u{FFFD}b\""])], state: .rcdata)
        check([Case("a\0b", ["Character \"a\\u{FFFD}b\""])], state: .rawtext)
        check([Case("a\0b", ["Character \"a\\u{FFFD}b\""])], state: .scriptData)
        check([Case("a\0b", ["Character \"a\\u{FFFD}b\""])], state: .plaintext)
        check([Case("a\0b]]>c", ["Character \"a\\u{0}bc\""])], state: .cdataSection)
    }

    func testCarriageReturnsBecomeLineFeeds() {
        check([
            Case("a\r\nb\rc\n", ["Character \"a\\nb\\nc\\n\""]),
            Case("\r\r\n\r", ["Character \"\\n\\n\\n\""]),
            Case("<a b=\"x\r\ny\"\rc>", ["StartTag a b=\"x\\ny\" c=\"\""]),
            Case("<!--\r\n-->", ["Comment \"\\n\""]),
            Case("x\r", ["Character \"x\\n\""]),
        ])
    }

    func testLeadingByteOrderMarkIsKept() {
        check([Case("\u{FEFF}<p>", ["Character \"\u{FEFF}\"", "StartTag p"])])
    }

    func testEndOfFileRepeats() {
        var tokenizer = Tokenizer("x")
        XCTAssertEqual(tokenizer.next(), .character("x"))
        for _ in 0..<3 { XCTAssertEqual(tokenizer.next(), .endOfFile) }
        var empty = Tokenizer("")
        XCTAssertEqual(empty.next(), .endOfFile)
        XCTAssertEqual(empty.next(), .endOfFile)
    }
}
