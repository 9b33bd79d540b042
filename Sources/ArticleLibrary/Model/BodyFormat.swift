/// What an article's body is written in.
public enum BodyFormat: String, Sendable, Codable, CaseIterable {
    /// An HTML fragment or document (the seed's `<div>…</div>`).
    case html
    /// Markdown with no HTML tags.
    case markdown
    /// Markdown with HTML embedded in it.
    case markdownWithHTML = "markdown+html"
}
