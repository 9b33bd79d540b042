import Foundation

/// A program running in its own tmux server (`-L socket`), driven the way a user would: keys in,
/// screen text out. Every tmux command is a child process started from an argument list.
struct TmuxSession {
    /// The tmux binary.
    let tmux: String
    /// The private server's socket name.
    let socket: String
    /// Where tmux commands write their standard error.
    let errorFile: String

    /// Starts `command` (program path first) in a detached `width`×`height` session with
    /// exactly `environment`, and keeps the pane after the program exits.
    static func start(
        _ command: [String], environment: [String: String], socket: String, scratch: String,
        width: Int = 100, height: Int = 30
    ) throws -> TmuxSession {
        guard let tmux = ExecutableLocator.onPath("tmux") else {
            throw BenchError(message: "tmux is not on PATH; install it with `apt-get install tmux`")
        }
        let session = TmuxSession(tmux: tmux, socket: socket, errorFile: scratch + "/tmux-\(socket).err")
        var arguments = [
            "-f", "/dev/null", "-u", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
        ]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        arguments += ["--"] + command + [";", "set-option", "-t", "main", "remain-on-exit", "on"]
        // Output to a file, not a pipe: nothing may wait on a pipe the new server could hold.
        let outcome = try ChildProcess.run(
            [tmux, "-L", socket] + arguments, output: .file(session.errorFile + ".out"),
            errorFile: session.errorFile, samplesMemory: false)
        Interruption.shared.started(session)
        guard outcome.succeeded else {
            session.kill()
            throw BenchError(message: "tmux new-session failed: \(outcome.errors)")
        }
        return session
    }

    /// The pane's text; with `escapes`, colors and attributes too (so a moved highlight counts
    /// as a change).
    func capture(escapes: Bool = true) throws -> String {
        String(
            decoding: try command(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", "main"]),
            as: UTF8.self)
    }

    /// The pane's plain text and whether its program has exited, from one tmux client.
    func captureAndState() throws -> (screen: String, isDead: Bool) {
        let output = try command([
            "capture-pane", "-p", "-t", "main", ";", "display-message", "-p", "-t", "main",
            "pane_dead=#{pane_dead}",
        ])
        var lines = String(decoding: output, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        while lines.last == "" { lines.removeLast() }
        let isDead = lines.last == "pane_dead=1"
        return (lines.dropLast().joined(separator: "\n"), isDead)
    }

    /// Sends tmux key names (`j`, `q`, `Enter`).
    func send(_ keys: String...) throws {
        try command(["send-keys", "-t", "main"] + keys)
    }

    /// The process id of the program in the pane.
    func panePID() throws -> pid_t? {
        pid_t(
            String(
                decoding: try command(["display-message", "-p", "-t", "main", "#{pane_pid}"]), as: UTF8.self
            )
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether the program in the pane has exited.
    func paneIsDead() -> Bool {
        guard let output = try? command(["display-message", "-p", "-t", "main", "#{pane_dead}"]) else {
            return true
        }
        return String(decoding: output, as: UTF8.self).hasPrefix("1")
    }

    /// Stops the server and everything in it.
    func kill() {
        if (try? command(["kill-server"], cleansUp: true)) != nil {
            // The server leaves its socket behind.
            let folder =
                ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            unlink(folder + "/tmux-\(getuid())/" + socket)
        }
        Interruption.shared.stopped(self)
    }

    /// Runs one tmux command against this server and gives its standard output.
    @discardableResult
    func command(_ arguments: [String], cleansUp: Bool = false) throws -> [UInt8] {
        let outcome = try ChildProcess.run(
            [tmux, "-L", socket] + arguments, output: .capture, errorFile: errorFile, samplesMemory: false,
            cleansUp: cleansUp)
        guard outcome.succeeded else {
            throw BenchError(message: "tmux \(arguments.first ?? "") failed: \(outcome.errors)")
        }
        return outcome.output
    }
}
