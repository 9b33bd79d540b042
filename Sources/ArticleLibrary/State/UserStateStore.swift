import Foundation

/// Keeps `UserState` in `<folder>/state.json` so that nothing reported saved is ever lost.
///
/// - Every write replaces the file atomically (temporary file, `fsync`, `rename`, `fsync` of
///   the folder): a crash at any moment, SIGKILL included, leaves the old file or the new one.
/// - Writers hold an `flock` on `<folder>/state.lock` while they read, merge and write, so two
///   Folio processes take turns; `apply` re-reads the file under that lock and replays only
///   this process's changes onto it, so one window never wipes another's marks (for the same
///   field of the same article, the last change applied wins).
/// - A file that cannot be read or parsed is renamed to `state.json.corrupt-YYYYMMDD-HHMMSS`
///   (UTC; never over an earlier one) and reported in a message; a missing file is an empty
///   state. Temporary files left by a crash are removed on the next load or save.
public struct UserStateStore: Sendable {
    /// The folder holding the state file.
    public let folder: URL
    /// How long a load or save waits for another process's lock before failing.
    public let lockPatience: Duration

    /// The state file's name.
    public static let fileName = "state.json"
    /// The lock file's name.
    public static let lockFileName = "state.lock"
    static let temporaryPrefix = "state.json.tmp-"
    static let corruptPrefix = "state.json.corrupt-"
    /// A state file larger than this is not read (set aside as corrupt): 100,000 articles
    /// take about 18 MB.
    static let sizeLimit = 512 * 1_048_576

    /// A store keeping its files in `folder` (created, mode 0700, at the first save).
    public init(folder: URL, lockPatience: Duration = .seconds(5)) {
        self.folder = folder
        self.lockPatience = lockPatience
    }

    /// The state file.
    public var fileURL: URL { folder.appendingPathComponent(UserStateStore.fileName) }

    var lockPath: String { folder.appendingPathComponent(UserStateStore.lockFileName).path }

    /// The saved state and sentences to show the user (a file set aside as corrupt, a folder
    /// that cannot be locked). Never fails: at worst the state is empty and a message says why.
    public func load() -> (state: UserState, messages: [String]) {
        guard StateFileIO.exists(folder.path) else { return (UserState(), []) }
        do {
            let current = try FolderLock.withLock(lockPath, patience: lockPatience) { inspect(repair: true) }
            return (current.state, current.messages)
        } catch {
            let current = inspect(repair: false)
            return (current.state, ["Folio cannot lock its state: \(error)."] + current.messages)
        }
    }

    /// Saves `changes` on top of the file as it is now (which another process may have
    /// changed since this one loaded it) and returns the merged state, which the caller
    /// should adopt, with any messages. Throws when the file cannot be written; nothing is
    /// then saved and the error's description suits a status line.
    @discardableResult
    public func apply(_ changes: [UserStateChange]) throws -> (state: UserState, messages: [String]) {
        try update { state in state.applyReportingChanges(changes) }
    }

    /// Saves one change; see `apply(_:)` for a list.
    @discardableResult
    public func apply(_ change: UserStateChange) throws -> (state: UserState, messages: [String]) {
        try apply([change])
    }

    /// Replaces the whole file with `state`, discarding what other processes saved: for
    /// imports and tools. A reader should record changes with `apply(_:)` instead.
    @discardableResult
    public func save(_ state: UserState) throws -> [String] {
        try update { current in
            guard current != state else { return false }
            current = state
            return true
        }.messages
    }

    /// Reads the file under the lock, lets `edit` change the state (returning whether it
    /// did), and writes the result when it changed.
    private func update(_ edit: (inout UserState) -> Bool) throws -> (state: UserState, messages: [String]) {
        try StateFileIO.makeFolder(folder.path)
        return try FolderLock.withLock(lockPath, patience: lockPatience) {
            var current = inspect(repair: true)
            if let blocker = current.blocker { throw blocker }
            var state = current.state
            current.state = UserState()  // the only reference left, so editing copies nothing
            if edit(&state) {
                try StateFileIO.replace(
                    fileURL.path, in: folder.path, with: UserStateCodec.encode(state),
                    temporaryPrefix: UserStateStore.temporaryPrefix)
            }
            return (state, current.messages)
        }
    }
}
