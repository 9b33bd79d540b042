import ArticleLibrary
import Foundation
import HTMLParsing
import ReaderCore
import TextLayout

/// `folio dump` throughput on the generated document beside `w3m -dump` on the same file in
/// the same run (issue 4), with the in-process stages of the same work for comparison.
struct DumpBenchmark {
    /// The generated document's bytes.
    var bytes: [UInt8]
    /// The generated document's path (an `.html` file, so both tools read it as HTML).
    var path: String
    /// The scratch folder for the tools' output.
    var scratch: TemporaryFolder
    /// Runs per in-process measurement.
    var runs: Int
    /// Runs per child process.
    var processRuns: Int

    /// The throughput target, as a multiple of w3m's.
    static let targetRatio = 3.0

    /// Runs the measurements and gives the table.
    func run() -> ResultTable {
        var table = ResultTable(
            title:
                "dump: whole document at 80 columns (processes best of \(processRuns), in-process best of \(runs))",
            columns: ["measurement", "input", "CPU s", "wall s", "MB/s", "output", "peak RSS", "vs w3m"])
        Progress.say("w3m -dump")
        let w3m = runTool(ExecutableLocator.onPath("w3m"), ["-dump", "-cols", "80", "-T", "text/html", path])
        Progress.say("folio dump")
        let folio = runTool(
            ExecutableLocator.folio(), ["dump", "--width", "80", "--color", "never", path])
        let reference = w3m.cpuSeconds.map { Double(bytes.count) / $0 / 1e6 }
        func row(_ name: String, _ result: ToolResult) -> [Cell] {
            guard let seconds = result.cpuSeconds, let wall = result.seconds else {
                return [.text(name), .bytes(bytes.count)] + Array(repeating: .missing, count: 6)
            }
            let rate = Double(bytes.count) / seconds / 1e6
            return [
                .text(name), .bytes(bytes.count), .number(seconds, digits: 3), .number(wall, digits: 3),
                .number(rate, digits: 1), .bytes(result.outputBytes), result.peak.map(Cell.bytes) ?? .missing,
                reference.map { .text(String(format: "%.2f×", rate / $0)) } ?? .missing,
            ]
        }
        table.rows.append(row("folio dump (process)", folio))
        table.rows.append(row("w3m -dump (process)", w3m))
        table.rows += inProcessRows()
        if let problem = folio.problem { table.notes.append("folio dump: \(problem)") }
        if let problem = w3m.problem { table.notes.append("w3m: \(problem)") }
        table.notes.append("input: \(path) (\(bytes.count) bytes); output = bytes written to standard output")
        table.notes.append(
            "CPU s: user + system seconds, the fewest over the runs (MB/s and the ratio use it: the machine"
                + " is shared); wall s: the fewest wall-clock seconds")
        table.notes.append(
            "in-process rows: the stages of folio dump (reading the file excluded);"
                + " peak RSS: processes' VmHWM sampled every 5 ms, in-process rows this process's VmHWM")
        let status: String
        if let folioSeconds = folio.cpuSeconds, let w3mSeconds = w3m.cpuSeconds {
            let ratio = w3mSeconds / folioSeconds
            status = String(format: "%@ (%.2f×)", ratio >= Self.targetRatio ? "met" : "NOT met", ratio)
        } else {
            status = "not measured"
        }
        table.notes.append("target: ≥ 3× w3m — \(status)")
        return table
    }

    /// What running one tool gave.
    struct ToolResult {
        /// The fewest wall-clock seconds over the runs, or nil when the tool could not be run.
        var seconds: Double?
        /// The fewest CPU (user + system) seconds over the runs.
        var cpuSeconds: Double?
        /// The bytes the tool printed.
        var outputBytes = 0
        /// The largest peak resident bytes over the runs.
        var peak: Int?
        /// Why there is no figure.
        var problem: String?
    }

    private func runTool(_ program: String?, _ arguments: [String]) -> ToolResult {
        guard let program else {
            return ToolResult(problem: missingMessage(arguments))
        }
        let name = (program as NSString).lastPathComponent
        let outputPath = scratch.path + "/\(name).out"
        var best: ChildProcess.Outcome?
        var bestCPU: Double?
        var peak: Int?
        for _ in 0..<processRuns {
            do {
                let outcome = try ChildProcess.run(
                    [program] + arguments, output: .file(outputPath), errorFile: scratch.path + "/\(name).err"
                )
                guard outcome.succeeded else {
                    let status = outcome.status.map { "status \($0)" } ?? "a signal"
                    return ToolResult(problem: "\(program) ended with \(status): \(outcome.errors)")
                }
                if best.map({ outcome.seconds < $0.seconds }) ?? true { best = outcome }
                bestCPU = min(bestCPU ?? .infinity, outcome.cpuSeconds)
                peak = max(peak ?? 0, outcome.peakBytes ?? 0)
            } catch {
                return ToolResult(problem: "\(error)")
            }
        }
        guard let best else { return ToolResult(problem: "no run") }
        var info = stat()
        let size = stat(outputPath, &info) == 0 ? Int(info.st_size) : 0
        return ToolResult(
            seconds: best.seconds, cpuSeconds: bestCPU, outputBytes: size, peak: peak == 0 ? nil : peak)
    }

    private func missingMessage(_ arguments: [String]) -> String {
        if arguments.first == "dump" {
            return "no folio binary next to folio-bench (\(ExecutableLocator.ownFolder() ?? "?")); "
                + "build both with `swift build -c release` (the same --scratch-path)"
        }
        return "w3m is not on PATH; install it with `apt-get install w3m`"
    }

    private func inProcessRows() -> [[Cell]] {
        let text = String(decoding: bytes, as: UTF8.self)
        var rows: [[Cell]] = []
        /// Times `body`, which gives how many bytes it printed (0 when it prints nothing).
        func add(_ name: String, _ body: () -> Int) {
            Progress.say(name)
            var seconds = Double.infinity
            var wall = Double.infinity
            var output = 0
            let peak = PeakMemory.measure {
                for _ in 0..<max(runs, 1) {
                    let before = ReadFloor.processCPUSeconds()
                    wall = min(wall, Stopwatch.seconds { output = body() })
                    seconds = min(seconds, ReadFloor.processCPUSeconds() - before)
                }
            }
            let rate = Double(bytes.count) / seconds / 1e6
            rows.append([
                .text(name), .bytes(bytes.count), .number(seconds, digits: 3), .number(wall, digits: 3),
                .number(rate, digits: 1),
                output > 0 ? .bytes(output) : .missing, peak.map(Cell.bytes) ?? .missing, .missing,
            ])
        }
        var outcome: ArticleFileReader.Outcome?
        add("  ArticleFileReader.parse") {
            outcome = ArticleFileReader.parse(
                bytes: bytes, totalSize: bytes.count, path: path, limit: ArticleFileReader.readingLimit)
            return 0
        }
        guard case .article(let parsed) = outcome else { return rows }
        var document = HTMLDocument()
        add("  HTMLDocument.parse") {
            document = HTMLDocument()  // release the previous run's tree first
            document = HTMLDocument.parse(text)
            return 0
        }
        var lineCount = 0
        add("  ArticleLayout.layout") {
            lineCount = ArticleLayout.layout(document, width: 80).lines.count
            return 0
        }
        let rendered = RenderedArticle.render(parsed, width: 80)
        add("  DumpOutput.text") { DumpOutput.text(rendered, theme: nil).utf8.count }
        if lineCount == 0 { Progress.say("warning: the layout of the document has no lines") }
        return rows
    }
}
