/// Bounds that keep a conversion fast on hostile or broken input.
///
/// cmark-gfm 0.29.0.gfm.6 (Debian 12) parses ordinary text at well over 100 MB/s, but some inputs cost
/// far more: emphasis or `@`-heavy inline text about 0.5 µs a byte, table rows time quadratic in
/// their cell count, and unclosed `<?`, `<!X` and `<![CDATA[` scan to the end of their paragraph
/// (quadratic). Text beyond a bound is shown as escaped plain text, with a notice.
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
        inlineBudget: 1_500_000, htmlScanBudget: 100_000_000)
}
