import Foundation
import XCTest

@testable import TextLayout

/// The scalar fast path of `DisplayWidth.of(String)` against the per-cluster sum, on the odd
/// sequences of the official `GraphemeBreakTest.txt` (override with `GRAPHEME_TEST_FILE`).
final class DisplayWidthGraphemeTests: XCTestCase {
    func testStringWidthEqualsClusterSumOnGraphemeBreakTest() throws {
        let path =
            ProcessInfo.processInfo.environment["GRAPHEME_TEST_FILE"]
            ?? "/usr/share/unicode/auxiliary/GraphemeBreakTest.txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("DisplayWidthGraphemeTests: SKIPPED, \(path) not found (set GRAPHEME_TEST_FILE)")
            throw XCTSkip("GraphemeBreakTest.txt not found at \(path)")
        }
        var checked = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let data = line.split(separator: "#", maxSplits: 1)[0]
            var scalars = String.UnicodeScalarView()
            for field in data.split(separator: " ") {
                if let scalar = UInt32(field, radix: 16).flatMap(Unicode.Scalar.init) {
                    scalars.append(scalar)
                }
            }
            // Embed each sample between text so clusters meet ASCII and Han neighbours.
            let sample = "a" + String(scalars) + "中"
            let clusters = sample.reduce(0) { $0 + DisplayWidth.of($1) }
            XCTAssertEqual(DisplayWidth.of(sample), clusters, String(line))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 500)
    }
}
