import Foundation
import XCTest

@testable import HTMLParsing

/// Runs every html5lib tree-construction test (`../shared/conformance/html5lib-tests/
/// tree-construction/*.dat`, or `$HTML5LIB_TREE_DIR`) through the parser. A test passes when
/// the text nodes come out with the same strings in the same order as in the expected tree
/// (comments and template contents excluded, since Folio drops them). The full structure is
/// compared too, as an informative second figure.
final class Html5libTreeConstructionTests: XCTestCase {
    func testTreeConstructionSuite() throws {
        let directory = try Self.suiteDirectory()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".dat") }.sorted()
        let verbose = ProcessInfo.processInfo.environment["HTML5LIB_VERBOSE"] != nil
        var passed = 0
        var failed = 0
        var identical = 0
        var skipped = 0
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(file)))
            for test in TreeConstructionCase.cases(in: bytes, file: file) {
                if test.scriptingOn {
                    skipped += 1
                    continue
                }
                let expected = Html5libTree(lines: test.documentLines)
                let document = Self.parse(test)
                let start = test.fragmentContext == nil ? document.root : document.documentElement
                let actualTexts = Self.texts(of: document, from: start ?? document.root)
                let actualDump = start.map { document.dump(from: $0) } ?? ""
                if actualTexts == expected.texts {
                    passed += 1
                } else {
                    failed += 1
                    if verbose {
                        print(
                            "FAIL \(test.label)\n\(test.data)\nexpected:\n\(expected.dump)\nactual:\n\(actualDump)\n"
                        )
                    }
                }
                if Html5libTree(
                    lines: actualDump.split(separator: "\n", omittingEmptySubsequences: false).map(
                        String.init)
                ).dump
                    == expected.dump
                {
                    identical += 1
                }
            }
        }
        let total = passed + failed
        print(
            "html5lib tree-construction (informative): \(identical) of \(total) trees identical, \(skipped) #script-on skipped"
        )
        print("html5lib tree-construction: \(passed) passed, \(failed) failed")
        XCTAssertGreaterThan(total, 0)
        XCTAssertGreaterThanOrEqual(Double(passed), 0.9 * Double(total), "below 90 % of the suite")
    }

    private static func parse(_ test: TreeConstructionCase) -> HTMLDocument {
        guard let context = test.fragmentContext else { return HTMLDocument.parse(test.data) }
        let parts = context.split(separator: " ")
        if parts.count == 2 {
            let namespace: Namespace = parts[0] == "svg" ? .svg : .mathml
            return HTMLDocument.parseFragment(test.data, context: String(parts[1]), namespace: namespace)
        }
        return HTMLDocument.parseFragment(test.data, context: context)
    }

    private static func texts(of document: HTMLDocument, from start: NodeID) -> [String] {
        var result: [String] = []
        document.walk(from: start) { event in
            if case .text(let id) = event, let text = document.text(of: id) { result.append(text) }
            return .proceed
        }
        return result
    }

    /// `$HTML5LIB_TREE_DIR`, or `../shared/conformance/html5lib-tests/tree-construction` from
    /// the repository root; skips with a message when it is absent.
    private static func suiteDirectory() throws -> URL {
        let directory: URL
        if let override = ProcessInfo.processInfo.environment["HTML5LIB_TREE_DIR"] {
            directory = URL(fileURLWithPath: override)
        } else {
            directory = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
                .appendingPathComponent("shared/conformance/html5lib-tests/tree-construction")
        }
        guard FileManager.default.fileExists(atPath: directory.path) else {
            print("html5lib tree-construction suite not found at \(directory.path): skipping")
            throw XCTSkip("html5lib tree-construction suite not found at \(directory.path)")
        }
        return directory
    }
}
