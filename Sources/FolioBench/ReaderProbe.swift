import Foundation

/// Runs a full-screen program in a private tmux server and measures what a user sees: the time
/// from launch to its first useful screen, the round trip of key presses, and its peak memory.
struct ReaderProbe {
    /// The program and its arguments (path first).
    var command: [String]
    /// The program's whole environment.
    var environment: [String: String]
    /// Where tmux writes its errors.
    var scratch: String
    /// Whether a captured screen (plain text) counts as the first paint.
    var isPainted: (String) -> Bool
    /// Whether a captured screen shows the program done with its start-up work (e.g. indexing);
    /// the probe waits for it before pressing keys and quitting. Nil: do not wait.
    var isSettled: ((String) -> Bool)?
    /// How many times to press `j`.
    var presses: Int
    /// How long to wait for the first paint and for settling.
    var patience: Double = 900
    /// Seconds to leave the program running after settling and the key presses before its peak
    /// memory is read, so work it starts then (a reader's first rescan) counts too.
    var linger: Double = 0

    /// What one run gave.
    struct Result {
        /// Seconds from launch to the first paint.
        var firstPaint: Double?
        /// The program's CPU seconds when the first paint was seen.
        var firstPaintCPU: Double?
        /// Seconds from launch until settled.
        var settled: Double?
        /// Round trips of `j` (seconds) by capture-pane polling, in order.
        var keyTimes: [Double] = []
        /// Round trips of `j` (seconds) to the first `%output` of a control-mode client.
        var controlKeyTimes: [Double] = []
        /// `VmHWM` of the program just before `q` (after `linger`).
        var peakBytes: Int?
        /// What went wrong, if anything.
        var problem: String?
    }

    private static let counter = Counter()

    /// Runs the program once.
    func run() -> Result {
        let socket = "folio-bench-\(getpid())-\(Self.counter.next())"
        var result = Result()
        let start = Stopwatch.now()
        let session: TmuxSession
        do {
            session = try TmuxSession.start(
                command, environment: environment, socket: socket, scratch: scratch)
        } catch {
            result.problem = "\(error)"
            return result
        }
        defer { session.kill() }
        do {
            try measure(session, start: start, into: &result)
        } catch {
            result.problem = "\(error)"
        }
        return result
    }

    private func measure(_ session: TmuxSession, start: UInt64, into result: inout Result) throws {
        let deadline = Deadline(seconds: patience)
        var last = ""
        let painted = try deadline.poll(every: 0.002, growth: 1.05) { () -> Bool? in
            let (screen, isDead) = try session.captureAndState()
            last = screen
            if isPainted(screen) { return true }
            return isDead ? false : nil
        }
        guard painted == true else {
            let screen = last.split(separator: "\n").prefix(3).joined(separator: " / ")
            result.problem =
                painted == false ? "exited before painting: \(screen)" : "no first paint: \(screen)"
            return
        }
        result.firstPaint = Double(Stopwatch.now() - start) / 1e9
        let pid = try session.panePID()
        result.firstPaintCPU = pid.flatMap(ProcessCPU.seconds(of:))
        if let isSettled {
            let settled = try deadline.poll(every: 0.05) {
                isSettled(try session.capture(escapes: false)) ? true : nil
            }
            guard settled != nil else {
                result.problem = "did not finish starting within \(Int(patience)) s"
                return
            }
            result.settled = Double(Stopwatch.now() - start) / 1e9
        }
        if presses > 0 {
            result.keyTimes = try KeyRoundTrip(session: session).measure(presses: presses)
            result.controlKeyTimes = try KeyRoundTrip(session: session).measureThroughControlMode(
                presses: presses)
        }
        if linger > 0 { Thread.sleep(forTimeInterval: linger) }
        if let pid {
            result.peakBytes = MemorySampler.highWaterMark("/proc/\(pid)/status")
        }
        try session.send("q")
        _ = Deadline(seconds: 10).poll(every: 0.01) { session.paneIsDead() ? true : nil }
    }

    /// Numbers for socket names, unique within this process.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
