/// What a line of Markdown is to cmark's block parser, as far as a line scanner can tell.
enum LineKind: Equatable {
    /// Only spaces and tabs.
    case blank
    /// A fence line or a line inside a fenced code block: copied, never inline-parsed.
    case fencedCode
    /// A line that looks like indented code (which a list item may turn into a paragraph).
    case indentedCode
    /// A line inside a raw HTML block: copied, never inline-parsed.
    case html
    /// Paragraph, heading, list, quote or table text: inline-parsed by cmark.
    case inline
}
