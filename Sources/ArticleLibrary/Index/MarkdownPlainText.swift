/// The words of a Markdown body without its syntax, for the search index and its snippets:
/// heading, quote and list markers, emphasis and code marks, link and image brackets and
/// targets, fences, rules and reference definitions go; code inside fences and HTML tags stay as
/// written (an HTML tag, even one spanning lines, is left whole for `PlainText.fromHTML`).
///
/// A single pass over the bytes, line by line, with no tree: a search index has to read a
/// library of 100,000 articles, and a snippet only needs the words in order.
struct MarkdownPlainText {
    private var out: [UInt8] = []
    /// The fence that opened the code block the pass is in (its byte and length), if any.
    private var fence: (byte: UInt8, count: Int)?
    /// Whether the pass is inside an HTML tag (`<` seen, `>` not yet).
    private var inTag = false
    /// Where `[` of links not yet closed on this line were written.
    private var openBrackets: [Int] = []

    /// The text of `markdown`.
    static func text(_ markdown: UnsafeBufferPointer<UInt8>) -> String {
        var pass = MarkdownPlainText()
        pass.out.reserveCapacity(markdown.count)
        var start = 0
        while start < markdown.count {
            let end = MarkdownPlainText.lineEnd(markdown, from: start)
            pass.line(markdown, start, end)
            if end < markdown.count { pass.out.append(0x0A) }
            start = end + 1
        }
        return String(decoding: pass.out, as: UTF8.self)
    }

    private mutating func line(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var i = start
        if inTag {
            inline(b, i, end)
            return
        }
        while i < end, i - start < 4, b[i] == 0x20 { i += 1 }
        if let open = fence {
            if let close = MarkdownPlainText.fenceRun(b, i, end), close.byte == open.byte,
                close.count >= open.count,
                MarkdownPlainText.blank(b, i + close.count, end)
            {
                fence = nil
            } else {
                out.append(contentsOf: b[start..<end])
            }
            return
        }
        if let open = MarkdownPlainText.fenceRun(b, i, end) {
            fence = open
            return
        }
        if MarkdownPlainText.isRule(b, i, end) || MarkdownPlainText.isDefinition(b, i, end) { return }
        i = MarkdownPlainText.skipBlockMarkers(b, i, end)
        openBrackets.removeAll(keepingCapacity: true)
        inline(b, i, end)
    }

    private mutating func inline(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var i = start
        while i < end {
            // Runs of bytes with no syntax (all of a line of Chinese) are copied whole.
            var run = i
            while run < end, !MarkdownPlainText.mayBeSyntax(b[run]) { run += 1 }
            if run > i {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<run]))
                i = run
                if i == end { break }
            }
            let c = b[i]
            if inTag {
                if c == 0x3E { inTag = false }
                out.append(c)
                i += 1
                continue
            }
            switch c {
            case 0x5C where i + 1 < end && MarkdownPlainText.isPunctuation(b[i + 1]):  // \*
                out.append(b[i + 1])
                i += 2
                continue
            case 0x3C where i + 1 < end && MarkdownPlainText.isTagStart(b[i + 1]):
                inTag = true
                out.append(c)
            case 0x60:  // code span marks
                break
            case 0x2A:  // `*` is emphasis unless spaced on both sides (`2 * 3`)
                if i > start, b[i - 1] == 0x20, i + 1 < end, b[i + 1] == 0x20 { out.append(c) }
            case 0x5F:  // `_` is emphasis unless inside a word (`snake_case`)
                if i > start, i + 1 < end, MarkdownPlainText.isWord(b[i - 1]),
                    MarkdownPlainText.isWord(b[i + 1])
                {
                    out.append(c)
                }
            case 0x7E where i + 1 < end && b[i + 1] == 0x7E:  // ~~strike~~
                i += 2
                continue
            case 0x21 where i + 1 < end && b[i + 1] == 0x5B:  // the `!` of an image
                break
            case 0x5B:
                openBrackets.append(out.count)
                out.append(c)
            case 0x5D:
                i = closeBracket(b, i, end)
                continue
            default:
                out.append(c)
            }
            i += 1
        }
    }

    /// At `]`: a link's or image's text ends here when a target or a reference follows, which
    /// is skipped with the brackets; otherwise the `]` is text. Returns where to go on.
    private mutating func closeBracket(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var next: Int?
        if i + 1 < end, b[i + 1] == 0x28 {
            next = MarkdownPlainText.closing(b, from: i + 2, end, open: 0x28, close: 0x29)
        } else if i + 1 < end, b[i + 1] == 0x5B {
            next = MarkdownPlainText.closing(b, from: i + 2, end, open: 0x5B, close: 0x5D)
        }
        guard let next else {
            _ = openBrackets.popLast()
            out.append(0x5D)
            return i + 1
        }
        if let open = openBrackets.popLast() { out.remove(at: open) }
        return next + 1
    }

    /// The index of the `close` that ends a bracketed part starting at `from` (nested pairs
    /// inside balanced), or nil when the line ends first.
    private static func closing(
        _ b: UnsafeBufferPointer<UInt8>, from: Int, _ end: Int, open: UInt8, close: UInt8
    ) -> Int? {
        var depth = 0
        var i = from
        while i < end {
            if b[i] == open {
                depth += 1
            } else if b[i] == close {
                if depth == 0 { return i }
                depth -= 1
            }
            i += 1
        }
        return nil
    }
}
