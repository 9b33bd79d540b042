import Foundation
import MarkdownConversion
import XCTest

/// Prints conversion speed on the corpus and the time of hostile inputs; asserts nothing on time.
/// Runs only with `FOLIO_BENCH=1`, meant for a release build:
/// `FOLIO_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter MarkdownBenchmarkTests`.
final class MarkdownBenchmarkTests: XCTestCase {
    private func skipUnlessAsked() throws {
        guard ProcessInfo.processInfo.environment["FOLIO_BENCH"] == "1" else {
            print("MarkdownBenchmarkTests: SKIPPED (set FOLIO_BENCH=1, release build)")
            throw XCTSkip("benchmark not requested")
        }
    }

    private func seconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    func testCorpusThroughput() throws {
        try skipUnlessAsked()
        let root = try CorpusSupport.corpusRoot(for: "MarkdownBenchmarkTests")
        let bodies = try CorpusSupport.markdownFiles(under: root).map {
            ($0.lastPathComponent, CorpusSupport.body(of: try String(contentsOf: $0, encoding: .utf8)))
        }
        let converter = MarkdownConverter()
        let bytes = bodies.reduce(0) { $0 + $1.1.utf8.count }
        var best = Double.infinity
        var slowest: [String: Double] = [:]
        for _ in 0..<5 {
            var total = 0.0
            for (name, body) in bodies {
                let time = seconds { _ = converter.convert(body) }
                total += time
                slowest[name] = min(slowest[name] ?? .infinity, time)
            }
            best = min(best, total)
        }
        let worst = slowest.max { $0.value < $1.value }
        print(
            String(
                format: "MarkdownBenchmarkTests: %d files, %.2f MB in %.3f s = %.1f MB/s; slowest %@ %.2f ms",
                bodies.count, Double(bytes) / 1e6, best, Double(bytes) / 1e6 / best, worst?.key ?? "-",
                (worst?.value ?? 0) * 1000))
        XCTAssertGreaterThan(bytes, 0)
    }

    func testHostileInputs() throws {
        try skipUnlessAsked()
        let cases: [(String, String)] = [
            ("[a](b) x 1.4M line", String(repeating: "[a](b)", count: 233_334)),
            (
                "*a* 99,999-byte lines",
                Array(repeating: String(repeating: "*a* ", count: 24_999), count: 80).joined(
                    separator: "\n\n")
            ),
            (
                "a@ 99,999-byte lines",
                Array(repeating: "x" + String(repeating: "a@", count: 49_999), count: 80).joined(
                    separator: "\n\n")
            ),
            (
                "nested strong emph",
                String(repeating: "*a **a ", count: 7_000) + "b"
                    + String(repeating: " a** a*", count: 7_000)
            ),
            (
                "<? paragraphs",
                Array(repeating: "x " + String(repeating: "<?", count: 50), count: 40_000).joined(
                    separator: "\n")
            ),
            ("<!A paragraph 99 KB", "x " + String(repeating: "<!A ", count: 24_000)),
            (
                "table 256 pipes x 2,000",
                "a|b\n-|-\n"
                    + Array(repeating: String(repeating: "a|", count: 256), count: 2_000).joined(
                        separator: "\n")
            ),
            (
                "nested lists 1,500",
                (1..<1_500).map { String(repeating: "- ", count: $0) + "a" }.joined(separator: "\n")
            ),
            ("> x 10,000", String(repeating: ">", count: 10_000) + " a"),
            ("8 MiB of blank lines", String(repeating: "\n", count: 8 << 20)),
            ("{% {{ openers 99 KB", String(repeating: "{% {{ ", count: 16_000)),
            (
                "{{ a }} spans 1 MB",
                Array(repeating: String(repeating: "{{ a }} ", count: 1_000), count: 130).joined(
                    separator: "\n")
            ),
        ]
        let converter = MarkdownConverter()
        for (name, input) in cases {
            var notices = 0
            let time = seconds { notices = converter.convert(input).notices.count }
            print(
                String(
                    format: "MarkdownBenchmarkTests: %-24@ %9d bytes %7.3f s, %d notices", name,
                    input.utf8.count, time,
                    notices))
        }
    }
}
