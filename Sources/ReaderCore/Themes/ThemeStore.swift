import Foundation

/// Finds and loads theme files.
///
/// Themes are looked for in `$FOLIO_THEMES`, then `$XDG_CONFIG_HOME/folio/themes` (else
/// `~/.config/folio/themes`), then the `themes/` folder of the source tree the executable was
/// built in (`swift run` and `.build/*/folio`), then `/usr/local/share/folio/themes`.
public struct ThemeStore: Sendable {
    /// The folders searched, in order.
    public var folders: [String]

    /// Creates a store searching `folders`.
    public init(folders: [String]) {
        self.folders = folders
    }

    /// The standard search folders for this process.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> ThemeStore
    {
        var folders: [String] = []
        if let explicit = environment["FOLIO_THEMES"], !explicit.isEmpty { folders.append(explicit) }
        folders.append(ConfigPaths.configHome(environment: environment) + "/folio/themes")
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            folders.append(folder.appendingPathComponent("themes").path)
            folder = folder.deletingLastPathComponent()
        }
        folders.append("/usr/local/share/folio/themes")
        return ThemeStore(folders: folders)
    }

    /// The names of the themes found, sorted, without duplicates.
    public func names() -> [String] {
        var names = Set<String>()
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(".theme") { names.insert(String(file.dropLast(6))) }
        }
        return names.sorted()
    }

    /// What loading a theme gave.
    public struct Loaded: Sendable {
        /// The theme to use (the built-in one when the file was missing or unreadable).
        public var theme: Theme
        /// Messages for the user: file not found, bad lines with their numbers.
        public var messages: [String]
    }

    /// The theme called `name`; a missing theme gives the built-in theme and a message, and a
    /// theme with bad lines is used without them and with a message per line.
    public func load(_ name: String) -> Loaded {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
            return Loaded(
                theme: BuiltinTheme.theme,
                messages: ["theme '\(name)': not a theme name; using the built-in theme"])
        }
        for folder in folders {
            let path = folder + "/" + name + ".theme"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                return Loaded(
                    theme: BuiltinTheme.theme, messages: ["\(path): cannot read; using the built-in theme"])
            }
            let (theme, problems) = ThemeParser.parse(text, name: name)
            return Loaded(theme: theme, messages: problems.map { "\(path):\($0.line): \($0.message)" })
        }
        return Loaded(
            theme: BuiltinTheme.theme, messages: ["theme '\(name)' not found; using the built-in theme"])
    }
}
