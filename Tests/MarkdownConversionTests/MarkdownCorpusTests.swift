import Foundation
import MarkdownConversion
import XCTest

/// Every Markdown file of the shared corpus converts, and its CJK text reaches the HTML.
final class MarkdownCorpusTests: XCTestCase {
    func testEveryCorpusFileConvertsAndKeepsItsCJKCharacters() throws {
        let root = try CorpusSupport.corpusRoot(for: "MarkdownCorpusTests")
        let files = CorpusSupport.markdownFiles(under: root)
        XCTAssertGreaterThan(files.count, 300)
        let converter = MarkdownConverter()
        var filesWithCJK = 0
        var losses: [String] = []
        var notices: [String] = []
        var characters = 0
        for file in files {
            let body = CorpusSupport.body(of: try String(contentsOf: file, encoding: .utf8))
            let result = converter.convert(body)
            notices += result.notices.map { "\(file.lastPathComponent): \($0)" }
            XCTAssertFalse(result.html.isEmpty && !body.allSatisfy(\.isWhitespace), file.lastPathComponent)
            let expected = CJKCensus.count(in: CJKCensus.withoutLinkDestinations(body))
            guard !expected.isEmpty else { continue }
            filesWithCJK += 1
            characters += expected.values.reduce(0, +)
            let found = CJKCensus.count(in: result.html)
            let missing = expected.filter { found[$0.key, default: 0] < $0.value }
            if !missing.isEmpty {
                let sample = missing.prefix(5).map { "\($0.key)×\($0.value - found[$0.key, default: 0])" }
                losses.append("\(file.lastPathComponent): \(sample.joined(separator: " "))")
            }
        }
        print(
            "MarkdownCorpusTests: \(files.count) files, \(filesWithCJK) with CJK (\(characters) characters),"
                + " \(notices.count) notices" + notices.map { "\n  " + $0 }.joined())
        XCTAssertGreaterThan(filesWithCJK, 100)
        XCTAssertEqual(notices, [], "the limits must not cut real articles")
        XCTAssertEqual(losses, [], losses.prefix(10).joined(separator: "\n"))
    }
}
