import Foundation

extension UserStateStore {
    /// The store in `$XDG_STATE_HOME/folio`, or `~/.local/state/folio` when that variable is
    /// unset, empty or relative (as the XDG Base Directory spec says). The home folder is
    /// `$HOME`, else the password database's entry. Throws when neither gives a home.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> UserStateStore
    {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return UserStateStore(folder: URL(fileURLWithPath: state).appendingPathComponent("folio"))
        }
        guard let home = homeFolder(environment) else {
            throw UserStateStoreError(
                path: "~/.local/state/folio", action: "cannot locate",
                reason: "neither XDG_STATE_HOME nor HOME is set")
        }
        let folder = URL(fileURLWithPath: home).appendingPathComponent(".local/state/folio")
        return UserStateStore(folder: folder)
    }

    private static func homeFolder(_ environment: [String: String]) -> String? {
        if let home = environment["HOME"], !home.isEmpty { return home }
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return nil }
        let home = String(cString: dir)
        return home.isEmpty ? nil : home
    }
}
