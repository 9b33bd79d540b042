import Foundation

/// Where Folio keeps its configuration, state and cache (XDG base directories).
public enum ConfigPaths {
    private static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `$XDG_CONFIG_HOME`, else `~/.config`.
    public static func configHome(environment: [String: String]) -> String {
        environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home(environment)
            + "/.config"
    }

    /// `$XDG_STATE_HOME`, else `~/.local/state`.
    public static func stateHome(environment: [String: String]) -> String {
        environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home(environment)
            + "/.local/state"
    }

    /// `$XDG_CACHE_HOME`, else `~/.cache`.
    public static func cacheHome(environment: [String: String]) -> String {
        environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home(environment)
            + "/.cache"
    }
}
