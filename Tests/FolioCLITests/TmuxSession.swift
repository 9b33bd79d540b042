import Foundation
import XCTest

/// Drives the real `folio` in a private tmux server, as a person at a terminal would.
final class TmuxSession {
    let server = "folio-e2e-\(UUID().uuidString.prefix(8))"
    let scratch: URL

    /// Starts `arguments` in a new tmux session of `width` × `height` with `environment` added.
    init(_ arguments: [String], width: Int, height: Int, environment: [String: String]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            print("SKIPPED: tmux is not installed; the end-to-end reader tests did not run")
            throw XCTSkip("tmux is not installed")
        }
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(server)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        // The shell writes the exit status to a file: tmux's own `pane_dead_status` is not
        // always filled in when the pane's terminal closes before the process is reaped.
        let command =
            "cd \(TmuxSession.quote(FolioProcess.repositoryRoot.path)) && "
            + arguments.map(TmuxSession.quote).joined(separator: " ")
            + "; echo $? > \(TmuxSession.quote(scratch.appendingPathComponent("exit-status").path))"
        var tmuxArguments = [
            "-f", "/dev/null", "-u", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
        ]
        // Fresh XDG folders in the scratch folder unless `environment` names its own.
        var base = ["TERM": "tmux-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        for name in FolioProcess.isolatedVariables {
            base[name] = scratch.appendingPathComponent(name.lowercased()).path
        }
        for (key, value) in base.merging(environment, uniquingKeysWith: { $1 }).sorted(by: { $0.key < $1.key }
        ) {
            tmuxArguments += ["-e", "\(key)=\(value)"]
        }
        tmuxArguments += [command, ";", "set-option", "-t", "main", "remain-on-exit", "on"]
        _ = try tmux(tmuxArguments)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: scratch)
    }

    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs `tmux -L server arguments` and returns its standard output. Spawned with
    /// posix_spawn and reaped with waitpid: Foundation's Process sometimes misses the exit of
    /// tmux's client (the server it forks outlives it), which would hang the test.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = scratch.appendingPathComponent("tmux-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", server] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArguments.append(nil)
        defer { for pointer in cArguments { free(pointer) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, cArguments, environ)
        guard status == 0 else { throw XCTSkip("cannot run tmux: \(String(cString: strerror(status)))") }
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
        return String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
    }

    /// The screen as text.
    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-t", "main"])) ?? ""
    }

    /// Polls the screen every 50 ms until `predicate` holds or `seconds` pass; the screen seen last.
    @discardableResult
    func wait(
        seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line, _ what: String,
        until predicate: (String) -> Bool
    ) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = screen()
        while !predicate(last) {
            if Date() > deadline {
                XCTFail("timed out waiting for \(what); screen:\n\(last)", file: file, line: line)
                return last
            }
            usleep(50_000)
            last = screen()
        }
        return last
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func wait(for text: String, seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line)
        -> String
    {
        wait(seconds: seconds, file: file, line: line, "'\(text)'") { $0.contains(text) }
    }

    /// Sends tmux key names (`Enter`, `Down`, `q`).
    func send(_ keys: String...) {
        _ = try? tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", "main", "-l", text])
    }

    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format value of the pane (`#{pane_dead}`).
    func value(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "main", format])) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Waits for the program to exit and returns its status.
    func exitStatus(seconds: Double = 10) -> Int? {
        let file = scratch.appendingPathComponent("exit-status")
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let text = try? String(contentsOf: file, encoding: .utf8), text.hasSuffix("\n") {
                return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            if Date() > deadline { return nil }
            usleep(50_000)
        }
    }

    /// The process id of the program (the child of the pane's shell).
    func programPID() -> pid_t? {
        guard let shell = Int(value("#{pane_pid}")),
            let children = try? String(
                contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        else { return nil }
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }
}
