extension PlainText {
    /// Markdown as indexed: its words without the syntax (`MarkdownPlainText`); link and image
    /// targets, a fifth of a typical Markdown article and never shown by the reader, dropped.
    static func fromMarkdown(_ markdown: Substring) -> String {
        var markdown = markdown
        return markdown.withUTF8 { MarkdownPlainText.text($0) }
    }
}
