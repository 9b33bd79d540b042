import Foundation

/// One row of the library table: a measurement beside its targets from issue 7.
struct LibraryFigure {
    /// What was measured.
    var name: String
    /// Wall seconds (the best run, or the median for key presses).
    var seconds: Double?
    /// Wall seconds of the slowest run, when there were several.
    var slowestSeconds: Double?
    /// CPU seconds (user + system) of the measured process.
    var cpuSeconds: Double?
    /// Peak resident bytes.
    var peakBytes: Int?
    /// The time the target allows, in seconds, and how it is stated.
    var timeLimit: (seconds: Double, text: String)?
    /// Whether the memory target (under 150 MB) applies.
    var hasMemoryTarget = false

    /// Issue 7's peak memory target.
    static let memoryLimit = 150_000_000

    /// The target column: the time target and, for Folio's processes, the memory target.
    var targetText: String {
        var parts: [String] = []
        if let timeLimit { parts.append(timeLimit.text) }
        if hasMemoryTarget { parts.append("< 150 MB") }
        return parts.joined(separator: ", ")
    }

    /// `pass`, `MISS` with what missed, `-` without targets, `not measured` without a figure.
    var verdict: String {
        guard timeLimit != nil || hasMemoryTarget else { return "" }
        var missed: [String] = []
        if let timeLimit {
            guard let seconds else { return "not measured" }
            if seconds > timeLimit.seconds { missed.append("time") }
        }
        if hasMemoryTarget {
            guard let peakBytes else { return "not measured" }
            if peakBytes >= Self.memoryLimit { missed.append("memory") }
        }
        return missed.isEmpty ? "pass" : "MISS " + missed.joined(separator: "+")
    }

    /// The row: measurement, wall ms, CPU ms, peak RSS, target, result.
    var cells: [Cell] {
        [
            .text(name), seconds.map { .number($0 * 1000, digits: 1) } ?? .missing,
            cpuSeconds.map { .number($0 * 1000, digits: 1) } ?? .missing,
            peakBytes.map(Cell.bytes) ?? .missing,
            .text(targetText), .text(verdict),
        ]
    }

    /// The table's column names.
    static let columns = ["measurement", "wall ms", "CPU ms", "peak RSS", "target", "result"]
}
