import Foundation

/// Issue 7's figures for a library of many files, side by side in one run: the physical floor
/// of reading it, `folio list` and the reader's first paint with an empty and a filled index,
/// `folio search`, key presses at full size, and peak memory, each beside its target.
struct LibraryBenchmark {
    /// The library to open.
    var library: BenchLibrary
    /// The scratch folder (caches, outputs, tmux errors).
    var scratch: TemporaryFolder
    /// Runs of the in-process floor measurement (the best is kept).
    var runs: Int
    /// Runs of each `folio list` and `folio search` measurement (the best is kept).
    var processRuns: Int
    /// Whether to measure from a cold disk as well (`PageCache.drop`).
    var dropCaches = false
    /// Presses of `j` for the key round trip.
    var presses = 30

    /// This process's largest resident size when it started a measured child: `ru_maxrss` of a
    /// child is never below it (see `MemorySampler`).
    var spawnFloor = 0
    /// How many floor measurements the floor row is the best of.
    var floorRuns = 0
    /// Lines printed under the table.
    var notes: [String] = []

    /// Runs every measurement and gives the table.
    mutating func run() -> ResultTable {
        var table = ResultTable(
            title: "library: \(library.files.count) files in \(library.path)", columns: LibraryFigure.columns)
        notes.append(ProcessCPU.loadNote())
        let resident = ReadFloor.residentShare(of: library.files)
        Progress.say("floor: listing \(library.path) and reading the first 4 KB of each file")
        var floor = ReadFloor.measure(root: library.path, runs: runs)
        floorRuns = runs
        notes.append(Self.pageCacheNote(resident, dropping: dropCaches))
        var figures: [LibraryFigure] = []
        do {
            figures = try folioFigures(floor: &floor)
        } catch {
            notes.append("stopped: \(error)")
        }
        let floorFigure = LibraryFigure(
            name: "floor: list folders, read first 4 KB of each file (2 threads, best of \(floorRuns))",
            seconds: floor.seconds, cpuSeconds: floor.cpuSeconds)
        table.rows = ([floorFigure] + figures).map(\.cells)
        table.notes = notes
        table.notes.append(
            "peak RSS: processes' ru_maxrss from wait4 when above folio-bench's own resident size at spawn"
                + String(format: " (at most %.1f MB),", Double(spawnFloor) / 1e6)
                + " which Linux carries into a posix_spawn child; below it, their VmHWM sampled every 5 ms;"
                + " the reader's VmHWM just before q, left running 5 s after its start-up and key presses"
                + " (so its first rescan counts). Wall: best run; key rows: median;"
                + " the reader's CPU: /proc/PID/stat (10 ms ticks) when its first paint was seen")
        return table
    }

    /// `floor` is measured again just before the reader (the best of both is kept): the machine
    /// is shared, and the reader's targets are multiples of it.
    private mutating func folioFigures(floor: inout ReadFloor.Result) throws -> [LibraryFigure] {
        guard let folio = ExecutableLocator.folio() else {
            throw BenchError(
                message: "no folio binary next to folio-bench; build both with `swift build -c release`")
        }
        var environment = try FolioEnvironment(scratch: scratch.path)
        let list = try listFigures(folio: folio, environment: &environment)
        Progress.say("floor again, just before the reader")
        let again = ReadFloor.measure(root: library.path, runs: runs)
        floorRuns += runs
        if again.seconds < floor.seconds { floor = again }
        let readerCache = try environment.freshCache()
        let reader = try readerFigures(
            folio: folio, environment: environment.variables(cache: readerCache, terminal: true),
            titles: list.titles, articles: list.articles, floor: floor.seconds)
        let search = searchFigures(folio: folio, environment: environment.variables(cache: readerCache))
        var coldDisk: [LibraryFigure] = []
        if dropCaches {
            coldDisk = try coldDiskFigures(
                folio: folio, environment: &environment, titles: list.titles,
                reference: reader.first?.seconds)
        }
        return list.figures + reader + search + coldDisk
    }

    /// Runs `arguments` `runs` times (each with the cache `cache()` gives) with standard output
    /// to `output`; gives the best run's figures and the largest peak.
    mutating func measure(
        _ name: String, _ arguments: [String], runs: Int, output: String,
        environment: () throws -> [String: String]
    ) throws -> LibraryFigure {
        var figure = LibraryFigure(name: name, hasMemoryTarget: true)
        for _ in 0..<max(1, runs) {
            let variables = try environment()
            PeakMemory.reset()
            let floor = PeakMemory.bytes() ?? 0
            spawnFloor = max(spawnFloor, floor)
            let outcome = try ChildProcess.run(
                arguments, output: .file(output), errorFile: output + ".err", environment: variables)
            guard outcome.succeeded else {
                let status = outcome.status.map { "status \($0)" } ?? "a signal"
                notes.append("\(name): ended with \(status): \(outcome.errors)")
                return figure
            }
            figure.slowestSeconds = max(figure.slowestSeconds ?? 0, outcome.seconds)
            if figure.seconds.map({ outcome.seconds < $0 }) ?? true {
                figure.seconds = outcome.seconds
                figure.cpuSeconds = outcome.cpuSeconds
            }
            // ru_maxrss is exact once above the floor this process set; below it, only the
            // sampled VmHWM tells the child's own peak.
            let peak =
                outcome.maxRSSBytes > floor ? outcome.maxRSSBytes : outcome.peakBytes ?? outcome.maxRSSBytes
            figure.peakBytes = max(figure.peakBytes ?? 0, peak)
        }
        return figure
    }

    private static func pageCacheNote(_ resident: Double?, dropping: Bool) -> String {
        let share = resident.map { String(format: "%.0f%%", $0 * 100) } ?? "an unknown share"
        let state =
            (resident ?? 0) >= 0.9
            ? "warm: every figure\(dropping ? " but the cold-disk rows" : "") is warm-disk"
            : "partly cold: the first floor run read from disk, later runs mostly not (the best run is kept)"
        let cold =
            dropping
            ? " 'Empty cache' means an empty Folio cache (XDG_CACHE_HOME); only the 'cold disk' rows"
                + " read the disk itself (--drop-caches)"
            : " Without --drop-caches this benchmark does not drop the page cache: 'empty cache' means"
                + " an empty Folio cache (XDG_CACHE_HOME), not a cold disk"
        return "page cache: \(share) of 500 sampled files had their first page cached before the floor run"
            + " (mincore), so the cache was \(state)." + cold
    }
}
