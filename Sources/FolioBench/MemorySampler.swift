import Foundation

/// Samples a child's peak resident size (`VmHWM` in `/proc/PID/status`) every few milliseconds
/// while it runs.
///
/// `ru_maxrss` from `wait4` or `getrusage(RUSAGE_CHILDREN)` cannot be used for this: Linux
/// carries the spawning process's high-water mark into the child at `exec` (posix_spawn shares
/// the parent's memory until then), so every child would report at least this benchmark's own
/// peak. The child's own `VmHWM` belongs to its new address space and has no such floor.
final class MemorySampler: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var peak = 0
    private var running = true

    /// Starts sampling process `pid`.
    init(pid: pid_t) {
        path = "/proc/\(pid)/status"
        let thread = Thread { [self] in
            while isRunning {
                if let value = Self.highWaterMark(path) { record(value) }
                usleep(5000)
            }
        }
        thread.start()
    }

    /// Stops sampling and gives the largest peak seen, or nil when none was read.
    func stop() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        running = false
        return peak > 0 ? peak : nil
    }

    private var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    private func record(_ value: Int) {
        lock.lock()
        defer { lock.unlock() }
        if running { peak = max(peak, value) }
    }

    /// The `VmHWM` line of a status file, in bytes.
    static func highWaterMark(_ path: String) -> Int? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        return PeakMemory.value(of: "VmHWM", in: text)
    }
}
