/// Bounds that keep a conversion fast on hostile or broken input.
///
/// Measured on Debian 12's cmark-gfm 0.29.0.gfm.6 (release build, this 2-core machine): ordinary
/// corpus Markdown converts at about 50 MB/s, but some inline text costs far more: `*a* ` repeated
/// about 1 µs a byte, each `@` of e-mail-like text about 5 µs, a table row time quadratic in its
/// cells (1,000 columns: 4 ms a row), and every unclosed `<?`, `<!X` or `<![CDATA[` scans to the
/// end of its paragraph (100 KB of `<?`: 2.3 s; 300 KB: 13 s). Raw HTML blocks and fenced code are
/// cheap (8 MB in 0.03 s). Text beyond a bound is shown as escaped plain text, with a notice; the
/// defaults keep the worst measured conversion near one second.
public struct MarkdownLimits: Sendable, Equatable {
    /// Bytes (UTF-8) given to cmark at most; the rest of the document is shown as plain text.
    public var maxDocumentBytes: Int
    /// Longest paragraph-like line (UTF-8 bytes) given to cmark; longer ones are shown as plain text.
    /// Lines inside fenced code and raw HTML blocks are exempt: cmark copies them at block speed.
    public var maxInlineLineBytes: Int
    /// Most `|` characters on one paragraph-like line; table rows cost time quadratic in their cells.
    public var maxPipesPerLine: Int
    /// Inline work units given to cmark per document (one a byte of paragraph-like text, 11 more for
    /// each `@`, and pipes squared over 128 per line); the rest of the document is shown as plain text.
    public var inlineBudget: Int
    /// Bytes that cmark's raw-HTML scanner may step over per document for `<?`, `<!X` and
    /// `<![CDATA[` openers; a paragraph that would exceed it is shown as plain text.
    public var htmlScanBudget: Int

    /// Creates limits; see ``default`` for measured values.
    public init(
        maxDocumentBytes: Int, maxInlineLineBytes: Int, maxPipesPerLine: Int, inlineBudget: Int,
        htmlScanBudget: Int
    ) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxInlineLineBytes = maxInlineLineBytes
        self.maxPipesPerLine = maxPipesPerLine
        self.inlineBudget = inlineBudget
        self.htmlScanBudget = htmlScanBudget
    }

    /// Limits measured on Debian's cmark-gfm to keep the worst conversion near one second.
    public static let `default` = MarkdownLimits(
        maxDocumentBytes: 8 << 20, maxInlineLineBytes: 100_000, maxPipesPerLine: 256,
        inlineBudget: 750_000, htmlScanBudget: 100_000_000)
}
