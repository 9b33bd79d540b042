import Foundation
import XCTest

@testable import HTMLParsing

/// Runs the html5lib-tests tokenizer suite: every (test, initial state) run of every `.test`
/// file in `../shared/conformance/html5lib-tests/tokenizer` (or `$HTML5LIB_TOKENIZER_DIR`).
///
/// Each input goes through both initializers (`String` and UTF-8 bytes), which must agree.
/// Character tokens are merged and parse errors ignored. Runs whose input or output holds a
/// lone surrogate (which a Swift `String` cannot hold) count as failed. Set
/// `HTML5LIB_VERBOSE=1` to print every failing run.
final class Html5libTokenizerTests: XCTestCase {
    func testHtml5libTokenizerSuite() throws {
        let directory = try Self.suiteDirectory()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".test") }
            .sorted()
        XCTAssertFalse(files.isEmpty, "no .test files in \(directory.path)")
        let verbose = ProcessInfo.processInfo.environment["HTML5LIB_VERBOSE"] != nil
        var passed = 0
        var failed = 0
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
            let tests = (root["tests"] ?? root["xmlViolationTests"]) as? [[String: Any]] ?? []
            for test in tests {
                for run in Html5libTokenizerRun.runs(of: test) {
                    if let actual = run.actualTokens(), actual == run.expected {
                        passed += 1
                    } else {
                        failed += 1
                        if verbose { print("FAIL \(file): \(run.summary)") }
                    }
                }
            }
        }
        print("html5lib tokenizer: \(passed) passed, \(failed) failed")
        let total = passed + failed
        XCTAssertGreaterThan(total, 0)
        XCTAssertGreaterThanOrEqual(
            Double(passed), Double(total) * 0.995, "html5lib tokenizer pass rate below 99.5 %")
    }

    /// The tokenizer test folder: `$HTML5LIB_TOKENIZER_DIR`, or the shared conformance folder
    /// beside the repository. Skips (visibly) when it is absent.
    static func suiteDirectory() throws -> URL {
        let directory: URL
        if let override = ProcessInfo.processInfo.environment["HTML5LIB_TOKENIZER_DIR"] {
            directory = URL(fileURLWithPath: override)
        } else {
            let repositoryRoot = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            directory = repositoryRoot.deletingLastPathComponent()
                .appendingPathComponent("shared/conformance/html5lib-tests/tokenizer")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            print("html5lib tokenizer: suite not found at \(directory.path); skipping")
            throw XCTSkip("html5lib tokenizer suite not found at \(directory.path)")
        }
        return directory
    }
}

/// One (test, initial state) run of an html5lib tokenizer test, with its expected tokens.
private struct Html5libTokenizerRun {
    /// The test's description.
    let description: String
    /// The input, or nil when it holds a lone surrogate.
    let input: String?
    /// The state the tokenizer starts in.
    let initialState: TokenizerState
    /// The "last start tag emitted" the test sets.
    let lastStartTag: String?
    /// The expected tokens, normalized; nil when a string holds a lone surrogate.
    let expected: [Token]?

    /// A line describing the run for failure output.
    var summary: String {
        "\(description) [\(initialState.rawValue)] input=\(String(reflecting: input ?? "<lone surrogate>"))"
    }

    /// Every run of `test`: one per entry of `initialStates`, or one in the data state.
    static func runs(of test: [String: Any]) -> [Html5libTokenizerRun] {
        let doubleEscaped = test["doubleEscaped"] as? Bool ?? false
        let decode = { (text: String) -> String? in doubleEscaped ? unescape(text) : text }
        let rawInput = test["input"] as? String ?? ""
        let output = test["output"] as? [Any] ?? []
        let expected = expectedTokens(output, decode: decode)
        let states = (test["initialStates"] as? [String] ?? ["Data state"])
        return states.map { name in
            Html5libTokenizerRun(
                description: test["description"] as? String ?? "",
                input: decode(rawInput),
                initialState: TokenizerState(rawValue: name) ?? .data,
                lastStartTag: test["lastStartTag"] as? String,
                expected: expected)
        }
    }

    /// The tokens the tokenizer produces, normalized; nil when the input cannot be a `String`
    /// or when the `String` and the byte initializers disagree.
    func actualTokens() -> [Token]? {
        guard let input else { return nil }
        let fromString = Self.tokens(
            of: Tokenizer(input, initialState: initialState, lastStartTag: lastStartTag))
        let fromBytes = Self.tokens(
            of: Tokenizer(bytes: Array(input.utf8), initialState: initialState, lastStartTag: lastStartTag))
        return fromString == fromBytes ? fromString : nil
    }

    /// Every token of `tokenizer` before the end of file, normalized.
    private static func tokens(of tokenizer: Tokenizer) -> [Token] {
        var tokenizer = tokenizer
        var tokens: [Token] = []
        while true {
            let token = tokenizer.next()
            if token == .endOfFile { break }
            tokens.append(token)
        }
        return normalized(tokens)
    }

    /// Tokens with adjacent characters merged, attributes sorted, and end tags reduced to their
    /// names (the form the suite compares).
    static func normalized(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        for token in tokens {
            switch token {
            case .character(let text):
                if case .character(let previous) = result.last {
                    result[result.count - 1] = .character(previous + text)
                } else {
                    result.append(token)
                }
            case .startTag(var tag):
                tag.attributes.sort { $0.name < $1.name }
                result.append(.startTag(tag))
            case .endTag(let tag):
                result.append(.endTag(Tag(name: tag.name)))
            default:
                result.append(token)
            }
        }
        return result
    }

    /// The expected output as normalized tokens; nil when a string cannot be decoded.
    private static func expectedTokens(_ output: [Any], decode: (String) -> String?) -> [Token]? {
        var tokens: [Token] = []
        for case let entry as [Any] in output {
            guard let kind = entry.first as? String else { return nil }
            let strings = entry.dropFirst().map { ($0 as? String).map(decode) }
            if strings.contains(where: { $0 == .some(nil) }) { return nil }
            let field = { (index: Int) -> String? in
                index < strings.count ? strings[index] ?? nil : nil
            }
            switch kind {
            case "DOCTYPE":
                let correct = entry.count > 4 ? entry[4] as? Bool ?? false : false
                tokens.append(
                    .doctype(
                        Doctype(
                            name: field(0), publicIdentifier: field(1), systemIdentifier: field(2),
                            forceQuirks: !correct)))
            case "StartTag":
                guard let name = field(0) else { return nil }
                var attributes: [Attribute] = []
                for (key, value) in entry.count > 2 ? entry[2] as? [String: String] ?? [:] : [:] {
                    guard let key = decode(key), let value = decode(value) else { return nil }
                    attributes.append(Attribute(name: key, value: value))
                }
                let selfClosing = entry.count > 3 ? entry[3] as? Bool ?? false : false
                tokens.append(.startTag(Tag(name: name, attributes: attributes, selfClosing: selfClosing)))
            case "EndTag":
                tokens.append(.endTag(Tag(name: field(0) ?? "")))
            case "Comment":
                tokens.append(.comment(field(0) ?? ""))
            case "Character":
                tokens.append(.character(field(0) ?? ""))
            default:
                return nil
            }
        }
        return normalized(tokens)
    }

    /// Replaces every literal `\uHHHH` with that UTF-16 code unit; nil if a lone surrogate
    /// remains.
    static func unescape(_ text: String) -> String? {
        let units = Array(text.utf16)
        var result: [UInt16] = []
        var index = 0
        let backslash = UInt16(UInt8(ascii: "\\"))
        let letterU = UInt16(UInt8(ascii: "u"))
        while index < units.count {
            if units[index] == backslash, index + 5 < units.count, units[index + 1] == letterU,
                let value = UInt16(String(decoding: units[index + 2..<index + 6], as: UTF16.self), radix: 16)
            {
                result.append(value)
                index += 6
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return String(validating: result, as: UTF16.self)
    }
}
