import Foundation

/// Undoes what a run leaves behind when it is interrupted (SIGINT, SIGTERM, SIGHUP): stops the
/// private tmux servers it started and deletes its scratch folders, then exits.
final class Interruption: @unchecked Sendable {
    /// The one instance.
    static let shared = Interruption()

    private let lock = NSLock()
    private var servers: [String: TmuxSession] = [:]
    private var folders: Set<String> = []
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

    /// Remembers a scratch folder to delete if interrupted, or forgets it once deleted.
    func scratch(_ path: String, exists: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if exists { folders.insert(path) } else { folders.remove(path) }
    }

    private func cleanUp(exitingWith status: Int32) {
        lock.lock()
        let running = Array(servers.values)
        let scratch = folders
        lock.unlock()
        Progress.say(
            "interrupted: stopping \(running.count) tmux servers, removing \(scratch.count) scratch folders")
        for session in running { session.kill() }
        for folder in scratch { try? FileManager.default.removeItem(atPath: folder) }
        exit(status)
    }
}
