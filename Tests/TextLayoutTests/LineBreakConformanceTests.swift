import Foundation
import XCTest

@testable import TextLayout

/// Runs the official UAX #14 conformance file against the untailored algorithm.
final class LineBreakConformanceTests: XCTestCase {
    /// One line of `LineBreakTest.txt`: the scalars and the offsets with a break.
    private struct Case {
        var scalars: [Unicode.Scalar]
        var breaks: [Int]
        var line: String
    }

    func testOfficialLineBreakTestFile() throws {
        let path =
            ProcessInfo.processInfo.environment["LINEBREAK_TEST_FILE"]
            ?? "/usr/share/unicode/auxiliary/LineBreakTest.txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("UAX #14 line breaking: SKIPPED, \(path) not found (set LINEBREAK_TEST_FILE)")
            throw XCTSkip("LineBreakTest.txt not found at \(path)")
        }
        let cases = try text.split(separator: "\n").compactMap(Self.parse)
        XCTAssertGreaterThan(cases.count, 7000, "expected the full conformance file")
        let breaker = LineBreaker(tailoring: .none)
        var failures: [String] = []
        for testCase in cases {
            let found = breaker.opportunities(in: testCase.scalars).map(\.offset)
            if found != testCase.breaks {
                failures.append("\(testCase.line)\n  got breaks at \(found)")
            }
        }
        let passed = cases.count - failures.count
        print("UAX #14 line breaking: \(passed) passed, \(failures.count) failed")
        let required = Int((Double(cases.count) * 0.99).rounded(.up))
        XCTAssertGreaterThanOrEqual(
            passed, required, "first failures:\n" + failures.prefix(10).joined(separator: "\n"))
    }

    /// Parses `× 0023 ÷ 0020 ÷	# comment`; nil for comments and blank lines.
    private static func parse(_ line: Substring) throws -> Case? {
        let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let fields = data.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !fields.isEmpty else { return nil }
        var scalars: [Unicode.Scalar] = []
        var breaks: [Int] = []
        for field in fields {
            switch field {
            case "÷":
                if !scalars.isEmpty {
                    breaks.append(scalars.count)
                }
            case "×":
                continue
            default:
                let scalar = UInt32(field, radix: 16).flatMap(Unicode.Scalar.init)
                scalars.append(try XCTUnwrap(scalar, "bad code point in \(line)"))
            }
        }
        return Case(scalars: scalars, breaks: breaks, line: String(line))
    }
}
