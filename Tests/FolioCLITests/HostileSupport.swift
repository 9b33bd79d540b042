import Foundation
import XCTest

/// A temporary folder of hostile article files, removed when the test ends.
final class HostileFolder {
    let url: URL

    init(_ name: String = "hostile") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    /// Writes `bytes` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try bytes.write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Data(text.utf8))
    }
}

/// Runs the built `folio` as a child process under a watchdog and measures it: a hang fails the
/// test after `seconds` instead of blocking the suite. The peak memory is the child's `VmHWM`,
/// polled every 5 ms: `ru_maxrss` is no use here, since a child started by `posix_spawn` (vfork)
/// keeps the parent's high-water mark across `exec`.
struct WatchedRun {
    var status: Int32
    var timedOut: Bool
    var seconds: Double
    /// Peak resident memory of the child in MiB (`VmHWM`, last seen before it exited).
    var peakMiB: Double
    var stdoutSize: Int
    /// Standard output, or its first and last 64 KiB when it is larger than 16 MiB.
    var stdout: String
    var stderr: String

    static func run(_ arguments: [String], seconds limit: Double = 60, environment: [String: String] = [:])
        throws -> WatchedRun
    {
        let scratch = try HostileFolder("run")
        let out = scratch.url.appendingPathComponent("out").path
        let err = scratch.url.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = [FolioProcess.executable.path] + arguments
        let env = FolioProcess.isolated(environment, in: scratch.url)
        let envp = env.map { "\($0.key)=\($0.value)" }
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = envp.map { strdup($0) } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        let start = Date()
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else {
            throw NSError(
                domain: "WatchedRun", code: Int(spawned),
                userInfo: [
                    NSLocalizedDescriptionKey: "cannot start folio: \(String(cString: strerror(spawned)))"
                ])
        }
        var exit: Int32 = 0
        var timedOut = false
        var peakKiB = 0
        while true {
            peakKiB = max(peakKiB, Self.highWaterMarkKiB(pid))
            let reaped = waitpid(pid, &exit, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { break }
            if !timedOut && Date().timeIntervalSince(start) > limit {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(5_000)
        }
        let elapsed = Date().timeIntervalSince(start)
        let status: Int32 = (exit & 0x7F) == 0 ? (exit >> 8) & 0xFF : 128 + (exit & 0x7F)
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        return WatchedRun(
            status: status, timedOut: timedOut, seconds: elapsed, peakMiB: Double(peakKiB) / 1024,
            stdoutSize: size, stdout: try readBounded(out, size: size),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: err)), as: UTF8.self))
    }

    /// `VmHWM` of a running process in KiB; 0 once it has exited.
    private static func highWaterMarkKiB(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    private static func readBounded(_ path: String, size: Int) throws -> String {
        guard size > 16 << 20 else {
            return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        }
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let head = try handle.read(upToCount: 65_536) ?? Data()
        try handle.seek(toOffset: UInt64(size - 65_536))
        let tail = try handle.readToEnd() ?? Data()
        return String(decoding: head, as: UTF8.self) + "\n[…]\n" + String(decoding: tail, as: UTF8.self)
    }

    /// One line for the log: what ran, how long, how much memory.
    func figures(_ name: String) -> String {
        String(
            format: "SIZE CASE %@: %.2f s, peak %.0f MiB, %d bytes out, status %d%@", name, seconds, peakMiB,
            stdoutSize, status, timedOut ? " (KILLED by the watchdog)" : "")
    }
}

/// Scalars that must never reach a terminal or a script: C0 controls (except the ones allowed),
/// DEL, C1 controls, bidi embeddings, overrides, isolates and marks.
enum UnsafeScalars {
    static func isUnsafe(_ scalar: Unicode.Scalar, allowing allowed: Set<UInt32> = [0x0A]) -> Bool {
        let value = scalar.value
        if allowed.contains(value) { return false }
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || [0x061C, 0x200E, 0x200F].contains(value)
    }

    /// The unsafe scalars of `text`, as `U+XXXX` names.
    static func found(in text: String, allowing allowed: Set<UInt32> = [0x0A]) -> [String] {
        text.unicodeScalars.filter { isUnsafe($0, allowing: allowed) }.map {
            "U+" + String($0.value, radix: 16, uppercase: true)
        }
    }
}
