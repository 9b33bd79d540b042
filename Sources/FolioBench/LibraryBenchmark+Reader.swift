import Foundation

extension LibraryBenchmark {
    /// The reader's first paint with an empty index and again with the index it built, key
    /// presses at full size, and the same for the trivial reference program in the same setup.
    mutating func readerFigures(
        folio: String, environment: [String: String], titles: [String], articles: Int, floor: Double
    ) throws -> [LibraryFigure] {
        let matcher = TitleMatcher(titles: titles)
        guard !matcher.isEmpty else { throw BenchError(message: "folio list gave no titles to wait for") }
        let command = [folio, library.path]
        Progress.say("reader, empty cache: waiting for a title, then for indexing to finish")
        var coldProbe = ReaderProbe(
            command: command, environment: environment, scratch: scratch.path, isPainted: matcher.matches,
            isSettled: { Self.showsAll(articles, $0) }, presses: 0)
        coldProbe.linger = Self.linger
        let cold = coldProbe.run()
        Progress.say("reader, filled cache: first paint and \(presses) presses of j")
        var warmProbe = ReaderProbe(
            command: command, environment: environment, scratch: scratch.path, isPainted: matcher.matches,
            isSettled: nil, presses: presses)
        warmProbe.linger = Self.linger
        let warm = warmProbe.run()
        Progress.say("reference program in tmux: first paint and \(presses) presses of j")
        let reference = ReaderProbe(
            command: [Self.ownBinary(), "--echo-keys"], environment: environment, scratch: scratch.path,
            isPainted: { $0.contains(EchoKeys.readyText) }, isSettled: nil, presses: presses
        ).run()
        for (name, result) in [
            ("reader, empty cache", cold), ("reader, filled cache", warm), ("reference", reference),
        ] {
            if let problem = result.problem { notes.append("\(name): \(problem)") }
        }
        if let settled = cold.settled {
            notes.append(
                String(format: "reader, empty cache: all %d articles listed after %.2f s", articles, settled))
        }
        let coldLimit = (1.5 * floor, "≤ 1.5× floor = " + Self.milliseconds(1.5 * floor))
        let warmLimit = (0.1 * floor, "≤ 0.1× floor = " + Self.milliseconds(0.1 * floor))
        func minusReference(_ seconds: Double?) -> Double? {
            guard let seconds, let overhead = reference.firstPaint else { return nil }
            return max(0, seconds - overhead)
        }
        var figures = [
            LibraryFigure(name: "reference: echo program first paint in tmux", seconds: reference.firstPaint),
            LibraryFigure(
                name: "reader first paint, empty cache", seconds: cold.firstPaint,
                cpuSeconds: cold.firstPaintCPU,
                peakBytes: cold.peakBytes, timeLimit: coldLimit, hasMemoryTarget: true),
            LibraryFigure(
                name: "  minus reference", seconds: minusReference(cold.firstPaint), timeLimit: coldLimit),
            LibraryFigure(
                name: "reader first paint, filled cache", seconds: warm.firstPaint,
                cpuSeconds: warm.firstPaintCPU,
                peakBytes: warm.peakBytes, timeLimit: warmLimit, hasMemoryTarget: true),
            LibraryFigure(
                name: "  minus reference", seconds: minusReference(warm.firstPaint), timeLimit: warmLimit),
        ]
        figures += Self.keyFigures(
            "capture-pane polling", reader: warm.keyTimes, reference: reference.keyTimes, articles: articles)
        figures += Self.keyFigures(
            "control mode, first %output", reader: warm.controlKeyTimes, reference: reference.controlKeyTimes,
            articles: articles)
        return figures
    }

    /// The key rows for one way of watching the screen: the reader, the reference program, and
    /// the difference of their medians.
    private static func keyFigures(
        _ method: String, reader: [Double], reference: [Double], articles: Int
    ) -> [LibraryFigure] {
        let target = (0.005, "≤ 5 ms")
        let readerMedian = median(reader)
        let referenceMedian = median(reference)
        var difference: Double?
        if let readerMedian, let referenceMedian { difference = max(0, readerMedian - referenceMedian) }
        return [
            LibraryFigure(
                name: "key j, reader at \(articles) articles, \(method) (median of \(reader.count))",
                seconds: readerMedian, timeLimit: target),
            LibraryFigure(
                name: "  reference: echo program, same way (median of \(reference.count))",
                seconds: referenceMedian),
            LibraryFigure(name: "  reader minus reference", seconds: difference, timeLimit: target),
        ]
    }

    /// Seconds a reader is left running after its start-up work and key presses before its
    /// peak memory is read: its first rescan (and the folder watcher) starts right after.
    static let linger = 5.0

    /// `12 ms`, or `1.2 ms` below 10 ms.
    static func milliseconds(_ seconds: Double) -> String {
        String(format: seconds < 0.01 ? "%.1f ms" : "%.0f ms", seconds * 1000)
    }

    /// Whether the reader's screen shows all `articles` and no indexing progress.
    static func showsAll(_ articles: Int, _ screen: String) -> Bool {
        screen.contains("\(articles) articles") && !screen.contains("indexing ")
    }

    /// The median of `values`, or nil when there are none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// This program's own path, to run its `--echo-keys` reference.
    static func ownBinary() -> String {
        (ExecutableLocator.ownFolder() ?? ".") + "/folio-bench"
    }
}
