import Foundation

/// Where the index lives: `$XDG_CACHE_HOME/folio/index.sqlite`, else `~/.cache/folio/index.sqlite`.
public enum IndexLocation {
    /// The database file's name inside the cache folder.
    public static let fileName = "index.sqlite"

    /// The cache folder (`folio` inside the XDG cache home), or nil when no home is known.
    /// A relative or empty `XDG_CACHE_HOME` is ignored, as the XDG spec says.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String?
    {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return (cache as NSString).appendingPathComponent("folio")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return (home as NSString).appendingPathComponent(".cache/folio")
        }
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return nil }
        let home = String(cString: dir)
        return home.isEmpty ? nil : (home as NSString).appendingPathComponent(".cache/folio")
    }
}
