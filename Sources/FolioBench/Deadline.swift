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
    /// passes (nil). The first call is immediate.
    func poll<T>(every interval: Double, _ probe: () throws -> T?) rethrows -> T? {
        while true {
            if let value = try probe() { return value }
            if hasPassed { return nil }
            if interval > 0 { usleep(useconds_t(interval * 1e6)) }
        }
    }
}
