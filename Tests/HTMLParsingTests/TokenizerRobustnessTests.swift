import XCTest

@testable import HTMLParsing

/// Byte input, invalid UTF-8, large and hostile inputs: the tokenizer must finish and never trap.
final class TokenizerRobustnessTests: XCTestCase {
    func dump(bytes: [UInt8]) -> [String] {
        var tokenizer = Tokenizer(bytes: bytes)
        return Array(tokenizerDump(&tokenizer).dropLast())
    }

    func testInvalidUTF8BecomesReplacementCharacters() {
        XCTAssertEqual(dump(bytes: [0x61, 0xFF, 0x62]), ["Character \"a\\u{FFFD}b\""])
        XCTAssertEqual(dump(bytes: [0x61, 0xE4, 0xB8]), ["Character \"a\\u{FFFD}\""])
        XCTAssertEqual(dump(bytes: [0xC0, 0xAF]), ["Character \"\\u{FFFD}\\u{FFFD}\""])
        XCTAssertEqual(
            dump(bytes: [0xED, 0xA0, 0x80, 0x3C]),
            ["Character \"\\u{FFFD}\\u{FFFD}\\u{FFFD}<\""])
        XCTAssertEqual(dump(bytes: Array("<a\u{FFFD}>".utf8)), dump(bytes: [0x3C, 0x61, 0x80, 0x3E]))
        XCTAssertEqual(dump(bytes: [0x3C, 0x61, 0x80, 0x3E]), ["StartTag a\u{FFFD}"])
        XCTAssertEqual(
            dump(bytes: Array("<p title=\"中文\">中文\r\n</p>".utf8)),
            ["StartTag p title=\"中文\"", "Character \"中文\\n\"", "EndTag p"])
    }

    func testValidUTF8ValidatorAgreesWithTheStandardLibrary() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 12)
            let bytes = (0..<length).map { _ in Self.interestingBytes[Int(generator.next() % 14)] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let actual = bytes.withUnsafeBufferPointer(Tokenizer.isValidUTF8)
            XCTAssertEqual(actual, expected, "bytes: \(bytes)")
        }
    }

    func testRandomBytesNeverTrap() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let bytes = (0..<200).map { _ in Self.interestingBytes[Int(generator.next() % 14)] }
            for state in TokenizerState.allCases {
                var tokenizer = Tokenizer(bytes: bytes, initialState: state, lastStartTag: "script")
                tokenizer.allowsCDATA = generator.next() % 2 == 0
                XCTAssertEqual(tokenizerDump(&tokenizer).last, "EOF")
                XCTAssertEqual(tokenizer.next(), .endOfFile)
            }
        }
    }

    func testHundredThousandTags() {
        let input = String(repeating: "<p class=x>y</p>", count: 50_000)
        var tokenizer = Tokenizer(input)
        var tags = 0
        var text = 0
        while true {
            let token = tokenizer.next()
            if token == .endOfFile { break }
            if case .character = token { text += 1 } else { tags += 1 }
        }
        XCTAssertEqual(tags, 100_000)
        XCTAssertEqual(text, 50_000)
    }

    func testFiveMegabytesWithoutMarkupIsOneRun() {
        let unit = "中文字符 plain text, no markup at all.\n"
        let input = String(repeating: unit, count: 5_000_000 / unit.utf8.count + 1)
        var tokenizer = Tokenizer(input)
        XCTAssertEqual(tokenizer.next(), .character(input))
        XCTAssertEqual(tokenizer.next(), .endOfFile)
    }

    func testLongHostileRunsFinish() {
        let inputs = [
            String(repeating: "<a ", count: 20_000),
            "<a" + String(repeating: " b", count: 50_000) + ">",
            String(repeating: "&#", count: 50_000),
            String(repeating: "&am", count: 50_000),
            String(repeating: "<!--", count: 50_000),
            String(repeating: "</", count: 50_000),
            "<!DOCTYPE" + String(repeating: " x", count: 50_000),
        ]
        for input in inputs {
            var tokenizer = Tokenizer(input, lastStartTag: "textarea")
            XCTAssertEqual(tokenizerDump(&tokenizer).last, "EOF")
            var rcdata = Tokenizer(input, initialState: .rcdata, lastStartTag: "textarea")
            XCTAssertEqual(tokenizerDump(&rcdata).last, "EOF")
        }
    }

    /// Bytes that exercise the state machine and the UTF-8 decoder.
    static let interestingBytes: [UInt8] = [
        0x00, 0x0D, 0x0A, 0x20, 0x3C, 0x3E, 0x2F, 0x21, 0x2D, 0x26, 0x23, 0x61, 0xE4, 0xBF,
    ]
}

/// A small deterministic generator for reproducible random inputs.
private struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
