import ArticleLibrary
import Foundation
import ReaderCore
import TextLayout
import XCTest

/// Every sample article, laid out as `folio dump` does, against golden text dumps.
final class SampleRenderingTests: XCTestCase {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    private func parsedSamples() throws -> [(String, ArticleParser.Parsed)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).sorted()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        return try names.map { name in
            guard
                case .article(let parsed) = ArticleFileReader.read(
                    path: Self.samples.appendingPathComponent(name).path,
                    limit: ArticleFileReader.readingLimit)
            else {
                throw XCTSkip("cannot read \(name)")
            }
            return (name, parsed)
        }
    }

    func testSamplesMatchTheirGoldenDumpsAt80And40Columns() throws {
        for (name, parsed) in try parsedSamples() {
            for width in [80, 40] {
                let rendered = RenderedArticle.render(parsed, width: width)
                GoldenFile.assertMatches(rendered.document.dump, named: "\(name).w\(width).txt")
            }
        }
    }

    func testNoSampleLineIsWiderThanTheWidthAtAnyWidth() throws {
        for (name, parsed) in try parsedSamples() {
            for width in 10...100 {
                let rendered = RenderedArticle.render(parsed, width: width)
                for line in rendered.document.lines where line.width > width {
                    XCTFail("\(name) at \(width): \(line.width) columns: \(line.text)")
                }
                let text = DumpOutput.text(rendered, theme: nil)
                XCTAssertFalse(
                    text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name) at \(width)")
            }
        }
    }
}
