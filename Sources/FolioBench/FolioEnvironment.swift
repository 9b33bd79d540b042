import Foundation

/// Private home, config, state and cache folders for the `folio` processes the benchmark runs,
/// so they neither read nor change the user's own.
struct FolioEnvironment {
    /// The folder holding them all.
    let root: String
    private var caches = 0

    /// Folders under `scratch`.
    init(scratch: String) throws {
        root = scratch + "/folio-env"
        for name in ["home", "config", "state"] {
            try FileManager.default.createDirectory(
                atPath: root + "/" + name, withIntermediateDirectories: true)
        }
    }

    /// A new, empty cache folder (a cold index).
    mutating func freshCache() throws -> String {
        caches += 1
        let path = root + "/cache-\(caches)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The whole environment of a `folio` process using `cache`; `terminal` adds what a program
    /// in tmux needs.
    func variables(cache: String, terminal: Bool = false) -> [String: String] {
        var result = [
            "HOME": root + "/home", "XDG_CONFIG_HOME": root + "/config", "XDG_STATE_HOME": root + "/state",
            "XDG_CACHE_HOME": cache, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        if terminal { result["TERM"] = "tmux-256color" }
        return result
    }
}
