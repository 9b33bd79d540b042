import HTMLParsing

/// Walks a document once, without recursion, and turns it into lines.
///
/// Inline content collects in an `InlineCollector` until a block boundary flushes it: it is
/// then wrapped at the width left by the current prefixes (quote bars, list markers) and
/// emitted. Tables collect their cells and are laid out whole when they close.
struct LayoutBuilder {
    /// What an element's exit must undo.
    enum Frame {
        case transparent
        case hidden
        case block(margin: Bool, centered: Bool, style: Bool)
        case inlineStyle
        case link(LinkFrame?)
        case quote
        case list(topLevel: Bool)
        case item
        case indent
        case pre
        case heading(Int)
        case quotation
        case table
        case nestedTable
        case tableRow
        case tableCell
        case tableCaption
        case tableSection
    }

    /// A link being laid out.
    struct LinkFrame {
        var number: Int
        var hadText = false
        var hadImage = false
    }

    /// An open list.
    struct ListState {
        var ordered: Bool
        var counter: Int
        var step: Int
        var type: String
        var markerWidth: Int
    }

    let document: HTMLDocument
    let width: Int
    let base: String?
    let wrapper = LineWrapper()
    /// The paragraph measure every wrap here reuses.
    let metrics = ParagraphMetrics()
    var lines: [StyledLine] = []
    var registry = LinkRegistry()
    var prefixes: [PrefixLevel] = []
    var frames: [Frame] = []
    var inline = InlineCollector()
    var styles: [SpanStyle] = [[]]
    var links: [LinkFrame] = []
    var lists: [ListState] = []
    var table: TableBuilder?
    var tableDepth = 0
    var preDepth = 0
    /// Preformatting suspended by a block inside `pre`: the frame count at which it resumes.
    var suspendedPre: [(frame: Int, depth: Int)] = []
    var centerDepth = 0
    /// A blank line is due before the next content, under this many prefix levels.
    var pendingGap: Int?
    var lastWasBlank = true

    init(document: HTMLDocument, width: Int, options: LayoutOptions) {
        self.document = document
        self.width = width
        if let baseHref = document.baseURL {
            base = URLResolver.resolve(TerminalSafe.sanitize(baseHref), against: options.documentURL)
        } else {
            base = options.documentURL
        }
    }

    /// The current inline roles.
    var style: SpanStyle { styles[styles.count - 1] }
    /// The innermost link's number.
    var currentLink: Int? { links.last?.number }

    mutating func run() {
        var walker = document.events(from: document.body ?? document.root)
        while let event = walker.next() {
            switch event {
            case .enter(let id):
                if enter(id) == .skipChildren { walker.skipChildren() }
            case .exit(let id):
                exit(id)
            case .text(let id):
                text(document.text(of: id) ?? "")
            }
        }
    }

    mutating func finish() -> LaidOutDocument {
        flush()
        while let last = lines.last, last.text.allSatisfy({ $0 == " " || $0 == "│" }) { lines.removeLast() }
        return LaidOutDocument(width: width, lines: lines, links: registry.links, images: registry.images)
    }

    // MARK: Collecting inline content

    /// Runs `body` on the collector text goes to now: a table cell, or the paragraph.
    mutating func collect(_ body: (inout InlineCollector) -> Void) {
        if let table {
            table.collect(body)
        } else {
            body(&inline)
        }
    }

    mutating func text(_ raw: String) {
        let safe = TerminalSafe.sanitize(raw, mode: .body)
        let style = style
        let link = currentLink
        if preDepth > 0 {
            collect { $0.appendVerbatim(safe, style: style, link: link) }
        } else {
            collect { $0.appendCollapsing(safe, style: style, link: link) }
        }
        if !links.isEmpty, LayoutBuilder.hasVisibleCharacter(safe) {
            links[links.count - 1].hadText = true
        }
    }

    /// Whether `text` has a character that is not whitespace (ASCII bytes decide at once).
    static func hasVisibleCharacter(_ text: String) -> Bool {
        var onlyASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                onlyASCII = false
            } else if !(byte == 0x20 || (0x09...0x0D).contains(byte)) {
                return true
            }
        }
        return onlyASCII ? false : text.contains(where: { !$0.isWhitespace })
    }

    mutating func verbatim(_ text: String, style extra: SpanStyle = [], link: Int? = nil) {
        // A link marker is not link text: it keeps the surrounding roles but not `link`.
        let style = extra.contains(.linkMarker) ? style.subtracting(.link).union(extra) : style.union(extra)
        let link = link ?? currentLink
        collect { $0.appendVerbatim(text, style: style, link: link) }
    }

    mutating func pushStyle(_ extra: SpanStyle) {
        styles.append(style.union(extra))
    }

    mutating func popStyle() {
        if styles.count > 1 { styles.removeLast() }
    }

    // MARK: Emitting lines

    /// The widest a prefix may get: deep nesting never squeezes text below half the width.
    var maximumPrefixWidth: Int { width - max(width / 2, min(width - 2, 8)) }

    var prefixWidth: Int { min(prefixes.reduce(0) { $0 + $1.width }, maximumPrefixWidth) }

    var availableWidth: Int { max(1, width - prefixWidth) }

    /// Wraps and emits the inline content collected so far.
    mutating func flush() {
        guard table == nil else { return }
        let content = inline.take()
        guard !content.isEmpty else { return }
        let wrapped =
            preDepth > 0
            ? PreformattedLines.lines(content, width: availableWidth)
            : wrapper.wrap(content, width: availableWidth, measuringWith: metrics)
        emit(wrapped)
    }

    mutating func emit(_ wrapped: [StyledLine], centered: Bool? = nil) {
        let center = centered ?? (centerDepth > 0)
        let available = availableWidth
        for line in wrapped {
            if center, line.width < available {
                var padded = StyledLine([
                    StyledSpan(String(repeating: " ", count: (available - line.width) / 2))
                ])
                padded.append(contentsOf: line)
                emitLine(padded, blank: false)
            } else {
                emitLine(line, blank: line.spans.isEmpty)
            }
        }
    }

    /// Emits one line of content under the current prefixes.
    mutating func emitLine(_ content: StyledLine, blank: Bool) {
        if let depth = pendingGap {
            emitBlank(depth: depth)
            pendingGap = nil
        }
        if blank, lastWasBlank { return }
        var line: StyledLine
        if prefixes.isEmpty, content.isMerged {
            line = content
        } else {
            line = prefixLine(consumingFirst: true)
            line.spans.reserveCapacity(line.spans.count + content.spans.count)
            line.append(contentsOf: content)
        }
        lines.append(content.spans.isEmpty ? line.trimmingTrailingSpaces() : line)
        lastWasBlank = blank
    }

    /// A blank line (keeping the bars of the outer `depth` quotes), never two in a row and
    /// never at the top.
    mutating func emitBlank(depth: Int) {
        guard !lastWasBlank else { return }
        let line = prefixLine(consumingFirst: false, depth: depth).trimmingTrailingSpaces()
        lines.append(line)
        lastWasBlank = true
    }

    /// Asks for a blank line before the next content, drawn with the prefixes open now.
    mutating func gap() {
        flush()
        pendingGap = min(pendingGap ?? prefixes.count, prefixes.count)
    }

    private mutating func prefixLine(consumingFirst: Bool, depth: Int? = nil) -> StyledLine {
        var line = StyledLine()
        for i in prefixes.indices.prefix(depth ?? prefixes.count) {
            if consumingFirst, !prefixes[i].firstUsed {
                line.append(contentsOf: prefixes[i].first)
                prefixes[i].firstUsed = true
            } else {
                line.append(contentsOf: prefixes[i].rest)
            }
        }
        return PrefixCompression.fit(line, into: maximumPrefixWidth)
    }
}
