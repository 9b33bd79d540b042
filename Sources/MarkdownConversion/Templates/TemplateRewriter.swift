/// Rewrites Hexo tag plugins and Liquid/Jinja remnants (`{% … %}`, `{{ … }}`) into Markdown or HTML
/// before cmark sees the body; fenced and indented code and inline code spans are left as written.
struct TemplateRewriter {
    /// Where a tag's replacement lands: Markdown text, or the inside of a raw HTML block.
    enum Context {
        case markdown
        case html
    }

    /// What the rewriter is inside of.
    enum Mode {
        case markdown
        /// `{% raw %}`: copy verbatim until a tag named `end`.
        case raw(end: String)
        /// `{% codeblock %}` and kin: collect code until a tag named `end`.
        case code(CodeCapture)
    }

    let bytes: [UInt8]
    let lines: [SourceLine]
    /// The rewritten Markdown.
    var output: [UInt8] = []
    /// For each line of `output`, the index of the source line it came from.
    var origins: [Int] = []
    var mode = Mode.markdown
    var tracker = BlockTracker()
    /// The cite paragraphs of the open `{% blockquote %}` tags, innermost last.
    var openQuotes: [String] = []
    /// The line whose missing closers `closerMissingFrom` records.
    var closerMissingLine = -1
    /// Offsets on that line from which no `%}` (statement) or `}}` (expression) follows.
    var closerMissingFrom = (statement: Int.max, expression: Int.max)

    /// Whether `bytes` holds anything the rewriter would change.
    static func mayRewrite(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == ASCII.leftBrace,
                bytes[index + 1] == 0x25 || bytes[index + 1] == ASCII.leftBrace
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Rewrites `bytes`, split into `lines`.
    static func rewrite(_ bytes: [UInt8], lines: [SourceLine]) -> (bytes: [UInt8], origins: [Int]) {
        var rewriter = TemplateRewriter(bytes: bytes, lines: lines)
        rewriter.output.reserveCapacity(bytes.count + bytes.count / 8)
        for index in lines.indices {
            let start = rewriter.output.count
            rewriter.rewriteLine(index)
            rewriter.recordOrigins(from: start, line: index)
        }
        let start = rewriter.output.count
        rewriter.finish()
        rewriter.recordOrigins(from: start, line: max(0, lines.count - 1))
        return (rewriter.output, rewriter.origins)
    }

    private mutating func recordOrigins(from start: Int, line: Int) {
        for index in start..<output.count where output[index] == ASCII.lineFeed { origins.append(line) }
    }

    /// Closes whatever the document left open: a code block, quotes.
    private mutating func finish() {
        if case .code(let capture) = mode { appendCodeBlock(capture) }
        mode = .markdown
        while !openQuotes.isEmpty { appendQuoteEnd() }
    }
}
