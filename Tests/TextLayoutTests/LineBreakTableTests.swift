import XCTest

@testable import TextLayout

/// Every scalar's line break class against `LineBreak.txt` resolved by LB1.
final class LineBreakTableTests: XCTestCase {
    func testEveryScalarMatchesLineBreakTxt() throws {
        let files = try UCDFiles.locate()
        let categories = try files.generalCategories()
        var classes = try files.property("LineBreak.txt", default: "XX")
        let defaults: [(ClosedRange<Int>, String)] = [
            (0x3400...0x4DBF, "ID"), (0x4E00...0x9FFF, "ID"), (0xF900...0xFAFF, "ID"),
            (0x20000...0x2FFFD, "ID"), (0x30000...0x3FFFD, "ID"), (0x1F000...0x1FAFF, "ID"),
            (0x1FC00...0x1FFFD, "ID"), (0x20A0...0x20CF, "PR"),
        ]
        for (range, value) in defaults {
            for code in range where classes[code] == "XX" && categories[code] == "Cn" {
                classes[code] = value
            }
        }
        var mismatches: [String] = []
        for code in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(code)) else { continue }
            var expected = classes[code]
            switch expected {
            case "AI", "SG", "XX":
                expected = "AL"
            case "SA":
                expected = ["Mn", "Mc"].contains(categories[code]) ? "CM" : "AL"
            case "CJ":
                expected = "NS"
            default:
                break
            }
            let found = "\(LineBreakRules.base(LineBreakTable.lineBreakClass(scalar)))"
            if found != expected {
                mismatches.append("U+\(String(code, radix: 16, uppercase: true)) \(found) ≠ \(expected)")
            }
        }
        XCTAssertEqual(mismatches.count, 0, mismatches.prefix(10).joined(separator: ", "))
    }

    func testRawValuesConvertLikeInitRawValue() {
        for raw in UInt8.min...UInt8.max {
            XCTAssertEqual(
                LineBreakTable.lineBreakClass(raw: raw), LineBreakClass(rawValue: raw) ?? .AL, "\(raw)")
        }
    }

    func testPseudoClassesCarryTheExtraProperty() throws {
        let opening: Unicode.Scalar = "（"
        XCTAssertEqual(LineBreakTable.lineBreakClass(opening), .OPEastAsian)
        XCTAssertEqual(LineBreakTable.lineBreakClass("("), .OP)
        XCTAssertEqual(LineBreakTable.lineBreakClass("\u{1FFFD}"), .IDUnassignedPictographic)
        XCTAssertEqual(LineBreakTable.lineBreakClass("\u{1F600}"), .ID)
        XCTAssertEqual(LineBreakTable.lineBreakClass("\u{1F44D}"), .EB)
        XCTAssertEqual(LineBreakTable.lineBreakClass("\u{1F3FB}"), .EM)
        XCTAssertEqual(LineBreakTable.lineBreakClass("\u{30FC}"), .NS, "ー is CJ, resolved to NS")
    }
}
