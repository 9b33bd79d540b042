import Foundation
import HTMLParsing

/// `folio-bench parse`: tokenizer and tree builder throughput on the generated document,
/// beside Python's `html.parser` on the same bytes in the same run (issue 3).
struct ParseBenchmark {
    /// The generated document's bytes.
    var bytes: [UInt8]
    /// The generated document's path (for the reference tool).
    var path: String
    /// The scratch folder for the reference tool's error output.
    var scratch: TemporaryFolder
    /// Runs per in-process measurement.
    var runs: Int
    /// Runs of the reference tool (done inside one Python process).
    var processRuns: Int

    /// The tokenizer target, in MB/s.
    static let tokenizerTarget = 300.0

    /// Runs the measurements and gives the table.
    func run() -> ResultTable {
        var table = ResultTable(
            title: "parse: HTML tokenizer and tree builder (best of \(runs); Python best of \(processRuns))",
            columns: ["measurement", "input", "best s", "MB/s", "peak RSS", "vs html.parser"])
        let text = String(decoding: bytes, as: UTF8.self)
        Progress.say("tokenizer (String)")
        let fromString = measure { _ = Self.countTokens(Tokenizer(text)) }
        Progress.say("tokenizer (bytes)")
        let fromBytes = measure { _ = Self.countTokens(Tokenizer(bytes: bytes)) }
        Progress.say("tree builder")
        var nodes = 0
        let tree = measure { nodes = HTMLDocument.parse(text).nodes.count }
        Progress.say("python3 html.parser")
        let python = PythonHTMLParser.measure(path: path, runs: processRuns, scratch: scratch)

        let reference = python.seconds.map { Double(bytes.count) / $0 / 1e6 }
        func row(_ name: String, _ result: Measurement) -> [Cell] {
            let rate = Double(bytes.count) / result.seconds / 1e6
            let ratio = reference.map { Cell.text(String(format: "%.1f×", rate / $0)) } ?? .missing
            return [
                .text(name), .bytes(bytes.count), .number(result.seconds, digits: 3),
                .number(rate, digits: 1),
                result.peak.map(Cell.bytes) ?? .missing, ratio,
            ]
        }
        table.rows.append(row("Tokenizer(String)", fromString))
        table.rows.append(row("Tokenizer(bytes:)", fromBytes))
        table.rows.append(row("HTMLDocument.parse (tree)", tree))
        if let seconds = python.seconds, let rate = reference {
            table.rows.append([
                .text("python3 html.parser feed"), .bytes(bytes.count), .number(seconds, digits: 3),
                .number(rate, digits: 1), python.peak.map(Cell.bytes) ?? .missing, .text("1.0×"),
            ])
        } else {
            table.notes.append("python3 html.parser: not measured (\(python.problem ?? "unknown"))")
        }
        let tokenizerRate = Double(bytes.count) / min(fromString.seconds, fromBytes.seconds) / 1e6
        let met = tokenizerRate >= Self.tokenizerTarget ? "met" : "NOT met"
        table.notes.append("input: \(path) (\(bytes.count) bytes, \(nodes) tree nodes)")
        table.notes.append(
            "peak RSS: in-process rows are this process's VmHWM (input held in memory included);"
                + " python3's VmHWM sampled every 5 ms")
        table.notes.append(
            String(format: "target: tokenizer ≥ 300 MB/s — %@ (best %.1f MB/s)", met, tokenizerRate))
        return table
    }

    /// A best time and the peak memory seen during the runs.
    struct Measurement {
        /// The best run's seconds.
        var seconds: Double
        /// The peak resident bytes over all runs.
        var peak: Int?
    }

    private func measure(_ body: () -> Void) -> Measurement {
        var seconds = Double.infinity
        let peak = PeakMemory.measure { seconds = Stopwatch.best(runs: runs, body) }
        return Measurement(seconds: seconds, peak: peak)
    }

    /// Pulls every token, so the work cannot be skipped; gives how many there were.
    static func countTokens(_ tokenizer: Tokenizer) -> Int {
        var tokenizer = tokenizer
        var count = 0
        while true {
            if case .endOfFile = tokenizer.next() { return count }
            count += 1
        }
    }
}
