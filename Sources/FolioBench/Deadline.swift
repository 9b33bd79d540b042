import Foundation

/// Waiting for a condition by polling it until a deadline, never by sleeping a fixed time.
struct Deadline {
    /// The monotonic time (nanoseconds) after which polling gives up.
    let end: UInt64

    /// A deadline `seconds` from now.
    init(seconds: Double) {
        end = Stopwatch.now() + UInt64(max(0, seconds) * 1e9)
    }

    /// Whether the deadline has passed.
    var hasPassed: Bool { Stopwatch.now() >= end }

    /// Calls `probe` every `interval` seconds until it gives a value (returned) or the deadline
    /// passes (nil). The first call is immediate. With `growth` above 1, each pause is that much
    /// longer than the one before, up to `longest` seconds: a long wait then costs few probes
    /// while the error stays a small share of the time waited.
    func poll<T>(
        every interval: Double, growth: Double = 1, longest: Double = 0.05, _ probe: () throws -> T?
    ) rethrows -> T? {
        var pause = interval
        while true {
            if let value = try probe() { return value }
            if hasPassed { return nil }
            if pause > 0 { usleep(useconds_t(pause * 1e6)) }
            pause = max(interval, min(pause * growth, longest))
        }
    }
}
