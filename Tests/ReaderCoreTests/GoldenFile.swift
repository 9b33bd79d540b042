import Foundation
import XCTest

/// Compares text with a golden file under `Tests/ReaderCoreTests/Goldens/`.
///
/// With `RECORD_GOLDENS=1` the file is written and the test fails, so nothing is re-blessed
/// silently; run again without it to check.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Goldens")

    static func assertMatches(
        _ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            do {
                try Data(text.utf8).write(to: url)
                XCTFail("recorded \(name); run again without RECORD_GOLDENS", file: file, line: line)
            } catch {
                XCTFail("cannot write \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("missing golden \(name); record it with RECORD_GOLDENS=1", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != text else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let expectedLine = first < a.count ? String(a[first]) : "<end>"
        let actualLine = first < b.count ? String(b[first]) : "<end>"
        XCTFail(
            "\(name) differs at line \(first + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)",
            file: file, line: line)
    }
}
