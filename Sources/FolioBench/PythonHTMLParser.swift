import Foundation

/// The reference for the tokenizer: Python's `html.parser`, timed inside its own process so
/// interpreter start-up and reading the file are left out.
enum PythonHTMLParser {
    /// What measuring Python gave.
    struct Result {
        /// The best `feed` + `close` seconds, or nil when it could not be measured.
        var seconds: Double?
        /// The Python process's peak resident bytes.
        var peak: Int?
        /// Why there is no figure.
        var problem: String?
    }

    /// The script: read the file as text, time `HTMLParser().feed(text)` and `close()` `runs`
    /// times, print the best seconds.
    static let script = """
        import sys, time
        from html.parser import HTMLParser
        with open(sys.argv[1], encoding="utf-8") as f:
            text = f.read()
        best = None
        for _ in range(int(sys.argv[2])):
            parser = HTMLParser()
            start = time.perf_counter()
            parser.feed(text)
            parser.close()
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        print(best)
        """

    /// Runs the script on `path`.
    static func measure(path: String, runs: Int, scratch: TemporaryFolder) -> Result {
        guard let python = ExecutableLocator.onPath("python3") else {
            return Result(problem: "python3 is not on PATH")
        }
        do {
            let outcome = try ChildProcess.run(
                [python, "-c", script, path, String(runs)], output: .capture,
                errorFile: scratch.path + "/python.err")
            let printed = String(decoding: outcome.output, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard outcome.succeeded, let seconds = Double(printed), seconds > 0 else {
                return Result(problem: "python3 failed: \(outcome.errors)")
            }
            return Result(seconds: seconds, peak: outcome.peakBytes)
        } catch {
            return Result(problem: "\(error)")
        }
    }
}
