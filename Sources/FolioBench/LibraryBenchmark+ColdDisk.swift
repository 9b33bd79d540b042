import Foundation

extension LibraryBenchmark {
    /// With `--drop-caches`: the floor and the reader's first paint with an empty Folio cache,
    /// each right after the kernel's page cache was dropped, so both read the disk itself.
    /// `reference` is the trivial program's first paint in tmux (warm: its binary is tiny).
    mutating func coldDiskFigures(
        folio: String, environment: inout FolioEnvironment, titles: [String], reference: Double?
    ) throws -> [LibraryFigure] {
        Progress.say("cold disk: dropping the page cache, then the floor")
        if let problem = PageCache.drop() {
            notes.append("cold disk: not measured: \(problem)")
            return []
        }
        let floor = ReadFloor.measure(root: library.path, runs: 1)
        Progress.say("cold disk: dropping the page cache, then the reader with an empty cache")
        let cache = try environment.freshCache()
        if let problem = PageCache.drop() {
            notes.append("cold disk: \(problem)")
            return []
        }
        let matcher = TitleMatcher(titles: titles)
        let cold = ReaderProbe(
            command: [folio, library.path], environment: environment.variables(cache: cache, terminal: true),
            scratch: scratch.path, isPainted: matcher.matches, isSettled: nil, presses: 0
        ).run()
        if let problem = cold.problem { notes.append("reader, cold disk: \(problem)") }
        notes.append(
            "cold disk: the page cache was dropped (sync; 3 > /proc/sys/vm/drop_caches) before each of"
                + " the two cold-disk rows; the reader's own binary and libraries were read from disk too")
        let limit = (1.5 * floor.seconds, "≤ 1.5× cold floor = " + Self.milliseconds(1.5 * floor.seconds))
        var figures = [
            LibraryFigure(
                name: "floor, cold disk (page cache dropped; one run)", seconds: floor.seconds,
                cpuSeconds: floor.cpuSeconds),
            LibraryFigure(
                name: "reader first paint, empty cache, cold disk", seconds: cold.firstPaint,
                cpuSeconds: cold.firstPaintCPU, timeLimit: limit),
        ]
        if let paint = cold.firstPaint, let reference {
            figures.append(
                LibraryFigure(name: "  minus reference", seconds: max(0, paint - reference), timeLimit: limit)
            )
        }
        return figures
    }
}
