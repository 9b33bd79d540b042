/// Converts Markdown bodies (front matter already removed) to HTML through cmark-gfm.
///
/// GFM tables (`<th align="…">`), strikethrough (`<del>`), autolinks, task lists and footnotes
/// are on; smart punctuation is off; raw HTML passes through (Folio's HTML parser sanitises it).
/// Task items start with `<input type="checkbox" disabled="" />`, plus `checked=""` when done.
/// Hexo tag plugins and Liquid/Jinja remnants are rewritten first; a tag kept as written is a
/// `<span class="folio-template">`, a Hexo blockquote's cite line a `<p class="folio-cite">`.
/// Parts that would take cmark too long (``MarkdownLimits``) become `<p class="folio-plain">`
/// paragraphs of escaped text, long lines intact, and each such cut adds a notice.
public struct MarkdownConverter: Sendable {
    /// The bounds applied to every conversion.
    public let limits: MarkdownLimits

    /// Creates a converter with `limits`.
    public init(limits: MarkdownLimits = .default) {
        self.limits = limits
    }

    /// HTML for a Markdown body, and notices to show the reader (e.g. "long line shown as plain text").
    public func convert(_ markdown: String) -> MarkdownConversionResult {
        let source = Array(markdown.utf8)
        let sourceLines = SourceLine.split(source)
        var bytes = source
        var lines = sourceLines
        var origins: [Int]?
        if TemplateRewriter.mayRewrite(source) {
            let rewritten = TemplateRewriter.rewrite(source, lines: sourceLines)
            bytes = rewritten.bytes
            lines = SourceLine.split(bytes)
            origins = rewritten.origins
        }
        let planner = ConversionPlanner(bytes: bytes, lines: lines, limits: limits) { index in
            guard let origins else { return index + 1 }
            return index < origins.count ? origins[index] + 1 : sourceLines.count
        }
        let plan = planner.plan()
        var input: [UInt8] = []
        var tail: [UInt8] = []
        input.reserveCapacity(bytes.count + 64)
        for segment in plan.segments {
            switch segment {
            case .markdown(let range):
                input.append(
                    contentsOf: bytes[lines[range.lowerBound].start..<lines[range.upperBound - 1].next])
                if lines[range.upperBound - 1].next == lines[range.upperBound - 1].end {
                    input.append(ASCII.lineFeed)
                }
            case .plainParagraph(let range):
                PlainTextHTML.appendBlock(lines[range], of: bytes, to: &input)
            case .plainTail(let range):
                PlainTextHTML.appendTail(lines[range], of: bytes, to: &tail)
            }
        }
        let html = CmarkHTMLRenderer.render(input) + String(decoding: tail, as: UTF8.self)
        return MarkdownConversionResult(html: html, notices: plan.notices)
    }
}
