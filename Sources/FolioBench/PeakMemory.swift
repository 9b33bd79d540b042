import Foundation

/// The peak resident memory of this process (`VmHWM` in `/proc/self/status`).
enum PeakMemory {
    /// Returns freed heap memory to the system, then resets the peak to the current resident
    /// size (Linux: write `5` to `/proc/self/clear_refs`), so the next peak counts live memory
    /// only; false when the kernel refuses, in which case peaks are since the process started.
    @discardableResult
    static func reset() -> Bool {
        trimHeap()
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return write(descriptor, "5", 1) == 1
    }

    /// The peak resident size in bytes since the process started or the last `reset()`.
    static func bytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return nil
        }
        return value(of: "VmHWM", in: status)
    }

    /// The value of a `Name:   123 kB` line of a `/proc` status file, in bytes.
    static func value(of field: String, in status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }

    /// The peak resident bytes while `body` runs (including what was resident before).
    static func measure(_ body: () throws -> Void) rethrows -> Int? {
        reset()
        try body()
        return bytes()
    }

    /// Calls glibc's `malloc_trim(0)` (looked up at run time: Swift does not import it).
    private static func trimHeap() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}
