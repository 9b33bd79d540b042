import Foundation

/// The reader's settings from `$XDG_CONFIG_HOME/folio/config` (else `~/.config/folio/config`).
///
/// One setting a line: `bind KEY COMMAND`, `theme NAME`, `browser COMMAND LINE`,
/// `image-viewer COMMAND LINE`; `#` starts a comment. A bad line is reported with its
/// number and skipped; the rest still applies.
public struct ReaderConfig: Sendable {
    /// The keymap, with `bind` lines applied.
    public var keymap = Keymap.standard
    /// The theme named by `theme`, if any.
    public var theme: String?
    /// The browser command line, if set (otherwise `$BROWSER`, then `xdg-open`).
    public var browser: String?
    /// The image viewer command line, if set (otherwise `$FOLIO_IMAGE_VIEWER`, then the browser).
    public var imageViewer: String?
    /// Problems, as `path:line: message`.
    public var problems: [String] = []

    /// Creates the default configuration.
    public init() {}

    /// The configuration file's path for `environment`.
    public static func path(environment: [String: String]) -> String {
        ConfigPaths.configHome(environment: environment) + "/folio/config"
    }

    /// Reads the configuration file; a missing file is the default configuration.
    public static func load(environment: [String: String]) -> ReaderConfig {
        let path = path(environment: environment)
        guard let data = FileManager.default.contents(atPath: path) else { return ReaderConfig() }
        return parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses configuration text read from `path`.
    public static func parse(_ text: String, path: String) -> ReaderConfig {
        var config = ReaderConfig()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let rest = line.dropFirst(words[0].count).trimmingCharacters(in: .whitespaces)
            func problem(_ message: String) { config.problems.append("\(path):\(index + 1): \(message)") }
            switch words[0] {
            case "bind":
                guard words.count == 3 else {
                    problem("expected: bind KEY COMMAND")
                    continue
                }
                guard let key = KeyName.key(words[1]) else {
                    problem("unknown key '\(words[1])'")
                    continue
                }
                guard let command = Command(rawValue: words[2]) else {
                    problem("unknown command '\(words[2])'")
                    continue
                }
                config.keymap.bind(key, to: command)
            case "theme":
                guard words.count == 2 else {
                    problem("expected: theme NAME")
                    continue
                }
                config.theme = words[1]
            case "browser", "image-viewer":
                guard !rest.isEmpty, (try? CommandLineWords.split(rest)) != nil else {
                    problem("expected: \(words[0]) COMMAND (with balanced quotes)")
                    continue
                }
                if words[0] == "browser" { config.browser = rest } else { config.imageViewer = rest }
            default:
                problem("unknown setting '\(words[0])'")
            }
        }
        return config
    }
}
