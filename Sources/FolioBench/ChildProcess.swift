import Foundation

/// Runs a program from an argument list (no shell) and measures it.
enum ChildProcess {
    /// What one run gave.
    struct Outcome {
        /// The exit status, or nil when a signal ended the program.
        var status: Int32?
        /// Wall-clock seconds from spawn to exit.
        var seconds: Double
        /// The child's peak resident bytes, sampled (see `MemorySampler`).
        var peakBytes: Int?
        /// The child's user plus system CPU seconds (`wait4`).
        var cpuSeconds: Double = 0
        /// The child's `ru_maxrss` from `wait4`, in bytes: exact, but never below this process's
        /// own peak when the child was spawned (see `MemorySampler`).
        var maxRSSBytes: Int = 0
        /// What the program wrote to standard output, when captured.
        var output: [UInt8]
        /// The first lines the program wrote to standard error.
        var errors: String

        /// Whether the program exited with status 0.
        var succeeded: Bool { status == 0 }
    }

    /// Where the child's standard output goes.
    enum OutputTarget {
        /// Into `Outcome.output`, through a pipe.
        case capture
        /// Into a file (created or truncated).
        case file(String)
    }

    /// Runs `arguments` (the first is the program's path) and waits for it to exit; with
    /// `environment`, the child gets exactly those variables instead of this process's.
    static func run(
        _ arguments: [String], output: OutputTarget, errorFile: String, environment: [String: String]? = nil,
        samplesMemory: Bool = true, cleansUp: Bool = false
    ) throws -> Outcome {
        guard cleansUp || !Interruption.shared.isStopping else { throw BenchError(message: "interrupted") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        switch output {
        case .capture:
            guard pipe(&pipeEnds) == 0 else { throw failure("pipe") }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        case .file(let path):
            posix_spawn_file_actions_addopen(
                &actions, STDOUT_FILENO, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        posix_spawn_file_actions_addopen(
            &actions, STDERR_FILENO, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)

        // This process ignores the signals `Interruption` catches; the child must not inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var variables: [UnsafeMutablePointer<CChar>?] =
            environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] } ?? []
        defer { for pointer in variables { free(pointer) } }
        var pid: pid_t = 0
        let start = Stopwatch.now()
        let spawned =
            variables.isEmpty
            ? posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
            : posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, &variables)
        if pipeEnds[1] >= 0 { close(pipeEnds[1]) }
        guard spawned == 0 else {
            if pipeEnds[0] >= 0 { close(pipeEnds[0]) }
            throw BenchError(message: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        Interruption.shared.child(pid, running: true)
        defer { Interruption.shared.child(pid, running: false) }
        let sampler = samplesMemory ? MemorySampler(pid: pid) : nil
        var captured: [UInt8] = []
        if pipeEnds[0] >= 0 {
            captured = readAll(pipeEnds[0])
            close(pipeEnds[0])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw failure("wait4") }
        }
        let seconds = Double(Stopwatch.now() - start) / 1e9
        let peak = sampler?.stop()
        let exited = status & 0x7f == 0
        return Outcome(
            status: exited ? (status >> 8) & 0xff : nil, seconds: seconds,
            peakBytes: peak, cpuSeconds: usage.ru_utime.seconds + usage.ru_stime.seconds,
            maxRSSBytes: usage.ru_maxrss * 1024, output: captured, errors: firstLines(of: errorFile))
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count > 0 {
                result += chunk[0..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }

    private static func firstLines(of path: String) -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").prefix(3).joined(separator: " / ")
    }

    private static func failure(_ call: String) -> BenchError {
        BenchError(message: "\(call) failed: \(String(cString: strerror(errno)))")
    }
}

extension timeval {
    /// The interval in seconds.
    fileprivate var seconds: Double { Double(tv_sec) + Double(tv_usec) / 1e6 }
}
