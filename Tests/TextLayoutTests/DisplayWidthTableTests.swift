import Foundation
import XCTest

@testable import TextLayout

/// Reads Unicode Character Database files for the table cross-checks.
struct UCDFiles {
    /// The folder, `/usr/share/unicode` unless `UNICODE_DATA_DIR` says otherwise.
    let folder: String

    /// The folder, or a visible skip when it is missing.
    static func locate() throws -> UCDFiles {
        let folder = ProcessInfo.processInfo.environment["UNICODE_DATA_DIR"] ?? "/usr/share/unicode"
        guard FileManager.default.fileExists(atPath: folder + "/UnicodeData.txt") else {
            print("Unicode table cross-check: SKIPPED, \(folder) not found (set UNICODE_DATA_DIR)")
            throw XCTSkip("Unicode Character Database not found at \(folder)")
        }
        return UCDFiles(folder: folder)
    }

    /// `value` for every code point from the `first..last;value` lines of a property file.
    func property(_ name: String, default fallback: String) throws -> [String] {
        var values = [String](repeating: fallback, count: 0x110000)
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        for line in text.split(separator: "\n") {
            let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let fields = data.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2 else { continue }
            let bounds = fields[0].components(separatedBy: "..").compactMap { Int($0, radix: 16) }
            guard let first = bounds.first, let last = bounds.last else { continue }
            for value in first...last {
                values[value] = fields[1]
            }
        }
        return values
    }

    /// General_Category for every code point ("Cn" when unassigned).
    func generalCategories() throws -> [String] {
        var categories = [String](repeating: "Cn", count: 0x110000)
        let text = try String(contentsOfFile: folder + "/UnicodeData.txt", encoding: .utf8)
        var rangeStart: Int?
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count > 2, let value = Int(fields[0], radix: 16) else { continue }
            if fields[1].hasSuffix(", First>") {
                rangeStart = value
                continue
            }
            let start = fields[1].hasSuffix(", Last>") ? rangeStart ?? value : value
            for code in start...value {
                categories[code] = String(fields[2])
            }
        }
        return categories
    }
}

/// Every scalar's width against a width derived directly from the UCD files.
final class DisplayWidthTableTests: XCTestCase {
    func testEveryScalarMatchesTheUnicodeData() throws {
        let files = try UCDFiles.locate()
        let categories = try files.generalCategories()
        var eastAsian = try files.property("EastAsianWidth.txt", default: "N")
        for range in [
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ] {
            for value in range where categories[value] == "Cn" && eastAsian[value] == "N" {
                eastAsian[value] = "W"
            }
        }
        var mismatches: [String] = []
        var checked = 0
        for value in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let expected: Int
            switch categories[value] {
            case "Cc", "Cf", "Mn", "Me", "Zl", "Zp":
                expected = 0
            case _ where (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value):
                expected = 0
            case _ where eastAsian[value] == "W" || eastAsian[value] == "F":
                expected = 2
            default:
                expected = 1
            }
            checked += 1
            if DisplayWidth.of(scalar) != expected {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)) expected \(expected)")
            }
        }
        XCTAssertEqual(checked, 0x110000 - 0x800)
        XCTAssertEqual(mismatches.count, 0, mismatches.prefix(10).joined(separator: ", "))
    }
}
