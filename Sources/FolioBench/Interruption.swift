import Foundation

/// Undoes what a run leaves behind when it is interrupted (SIGINT, SIGTERM, SIGHUP): stops the
/// private tmux servers it started and deletes its scratch folders, then exits.
final class Interruption: @unchecked Sendable {
    /// The one instance.
    static let shared = Interruption()

    private let lock = NSLock()
    private var servers: [String: TmuxSession] = [:]
    private var folders: Set<String> = []
    private var children: Set<pid_t> = []
    private var stopping = false

    /// Whether an interruption is being handled: no new child may start.
    var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }
    private var sources: [DispatchSourceSignal] = []

    /// Catches the signals; call once at start.
    func install() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in cleanUp(exitingWith: 128 + number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Remembers a running tmux server.
    func started(_ session: TmuxSession) {
        lock.lock()
        defer { lock.unlock() }
        servers[session.socket] = session
    }

    /// Forgets a stopped tmux server.
    func stopped(_ session: TmuxSession) {
        lock.lock()
        defer { lock.unlock() }
        servers[session.socket] = nil
    }

    /// Remembers a running child process to end if interrupted, or forgets it once it exited.
    func child(_ pid: pid_t, running: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if running { children.insert(pid) } else { children.remove(pid) }
    }

    /// Remembers a scratch folder to delete if interrupted, or forgets it once deleted.
    func scratch(_ path: String, exists: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if exists { folders.insert(path) } else { folders.remove(path) }
    }

    private func cleanUp(exitingWith status: Int32) {
        lock.lock()
        stopping = true
        let running = Array(servers.values)
        let scratch = folders
        let processes = children
        lock.unlock()
        for pid in processes { kill(pid, SIGTERM) }
        Progress.say(
            "interrupted: stopping \(running.count) tmux servers, removing \(scratch.count) scratch folders")
        for session in running { session.kill() }
        // A child started just before may still create a file in a folder being removed.
        for folder in scratch {
            _ = Deadline(seconds: 2).poll(every: 0.01) { () -> Bool? in
                try? FileManager.default.removeItem(atPath: folder)
                return access(folder, F_OK) != 0 ? true : nil
            }
        }
        exit(status)
    }
}
