/// Cheap recognition of Markdown block syntax at the start of lines.
enum MarkdownSniffer {
    /// Whether some line starts with a heading, list item, fence or quote marker.
    static func hasBlockSyntax(_ text: Substring) -> Bool {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") || trimmed.hasPrefix("> ") { return true }
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") { return true }
            if trimmed.hasPrefix("#") {
                let hashes = trimmed.prefix { $0 == "#" }
                if hashes.count <= 6, trimmed.dropFirst(hashes.count).first == " " { return true }
            }
            if trimmed.hasPrefix("!["), trimmed.contains("](") { return true }
        }
        return false
    }
}
