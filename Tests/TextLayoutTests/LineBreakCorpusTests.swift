import Foundation
import XCTest

@testable import TextLayout

/// Kinsoku on real Chinese articles: every allowed break of the CJK tailoring in the shared
/// RSSHub corpus (`../shared/corpus/rsshub`, override with `FOLIO_CORPUS_DIR`).
final class LineBreakCorpusTests: XCTestCase {
    private static let mustNotStartLine = Set("，。、；：？！）」』】〉》〕］｝…‥・’”％‰℃".unicodeScalars)
    private static let mustNotEndLine = Set("（「『【〈《〔［｛‘“".unicodeScalars)

    private func corpusFolder() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["FOLIO_CORPUS_DIR"] {
            return URL(fileURLWithPath: override)
        }
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/rsshub")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            print("LineBreakCorpusTests: SKIPPED, \(folder.path) not found (set FOLIO_CORPUS_DIR)")
            throw XCTSkip("shared corpus not found at \(folder.path)")
        }
        return folder
    }

    func testNoAllowedBreakViolatesKinsokuInTheCorpus() throws {
        let folder = try corpusFolder()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertFalse(files.isEmpty)
        let breaker = LineBreaker()
        var breaks = 0
        var violations: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            for opportunity in breaker.opportunities(in: scalars) where opportunity.kind == .allowed {
                breaks += 1
                let after = scalars[opportunity.offset]
                let before = scalars[opportunity.offset - 1]
                if Self.mustNotStartLine.contains(after) || Self.mustNotEndLine.contains(before) {
                    let from = max(0, opportunity.offset - 6)
                    let context = String(String.UnicodeScalarView(scalars[from..<opportunity.offset + 1]))
                    violations.append("\(file): …\(context)")
                }
            }
        }
        XCTAssertGreaterThan(breaks, 10_000)
        XCTAssertEqual(violations.count, 0, violations.prefix(10).joined(separator: "\n"))
    }
}
