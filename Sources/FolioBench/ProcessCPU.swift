import Foundation

/// Another process's CPU time so far, from `/proc/PID/stat`.
enum ProcessCPU {
    /// User plus system seconds of `pid`, or nil when it cannot be read.
    static func seconds(of pid: pid_t) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
        return seconds(inStat: text, ticksPerSecond: Double(sysconf(Int32(_SC_CLK_TCK))))
    }

    /// User plus system seconds in a `stat` line: fields 14 and 15, counted after the command
    /// name in parentheses (which may hold spaces).
    static func seconds(inStat text: String, ticksPerSecond: Double) -> Double? {
        guard let close = text.lastIndex(of: ")"), ticksPerSecond > 0 else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 14 (utime) is fields[11].
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
            return nil
        }
        return (user + system) / ticksPerSecond
    }

    /// The 1-minute load average and the number of processors, for the notes.
    static func loadNote() -> String {
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ")
            .first
        return "machine: load average \(load.map(String.init) ?? "?") over the last minute at the start on "
            + "\(ProcessInfo.processInfo.activeProcessorCount) processors; wall times suffer when others run, CPU less"
    }
}
