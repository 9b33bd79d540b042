import Foundation

/// A tmux control-mode client (`tmux -C attach`) on pipes: commands go in as lines, and the
/// server reports each chunk a pane prints as a `%output` line as soon as it reads it. Timing a
/// key from `send-keys` to the first `%output` leaves out the cost of starting a tmux client
/// per poll that capture-pane polling pays.
final class TmuxControlClient {
    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var pending: [UInt8] = []

    /// Attaches to `session`'s server.
    init(_ session: TmuxSession) throws {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw BenchError(message: "pipe failed: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        posix_spawn_file_actions_addopen(
            &actions, STDERR_FILENO, session.errorFile + ".control", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        for descriptor in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let arguments = [session.tmux, "-L", session.socket, "-C", "attach-session", "-t", "main"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, session.tmux, &actions, nil, &argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw BenchError(message: "cannot start tmux -C: \(String(cString: strerror(spawned)))")
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
    }

    /// Sends one command line.
    func send(_ command: String) throws {
        let bytes = Array((command + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw BenchError(message: "tmux -C: cannot write a command") }
    }

    /// The next line from the server, or nil when none comes before `deadline`.
    func line(before deadline: Deadline) -> String? {
        while true {
            if let end = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeSubrange(...end)
                return line
            }
            let remaining = Int((Double(deadline.end) - Double(Stopwatch.now())) / 1e6)
            guard remaining > 0, readMore(waitingMilliseconds: remaining) else { return nil }
        }
    }

    /// Reads and drops lines until none arrives for `quiet` seconds (at most `limit` seconds).
    func drain(quiet: Double, limit: Double = 1) {
        let outer = Deadline(seconds: limit)
        while !outer.hasPassed, line(before: Deadline(seconds: quiet)) != nil {}
    }

    /// Detaches and waits for the client to exit.
    func detach() {
        close(input)
        let exited = Deadline(seconds: 2).poll(every: 0.005) { () -> Bool? in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) == pid ? true : nil
        }
        if exited == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(output)
    }

    private func readMore(waitingMilliseconds milliseconds: Int) -> Bool {
        var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(min(milliseconds, 60_000))) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = read(output, &chunk, chunk.count)
        guard count > 0 else { return false }
        pending += chunk[0..<count]
        return true
    }
}
