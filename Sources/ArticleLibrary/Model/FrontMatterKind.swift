/// Which front-matter syntax an article file used.
public enum FrontMatterKind: String, Sendable, Codable {
    /// YAML between `---` lines.
    case yaml
    /// TOML between `+++` lines.
    case toml
    /// Pelican-style `Key: value` header lines ended by a blank line.
    case pelican
    /// No front matter.
    case none
}
