extension TemplateRewriter {
    /// Rewrites source line `index` into `output`, ending it with a newline unless code is collected.
    mutating func rewriteLine(_ index: Int) {
        let line = lines[index]
        var cursor = line.start
        var context = Context.markdown
        var codeSpans: [Range<Int>] = []
        if case .markdown = mode {
            let kind = tracker.classify(LineView(bytes: bytes, line: line))
            switch kind {
            case .blank, .fencedCode, .indentedCode:
                appendVerbatim(line.start..<line.end)
                return
            case .html: context = .html
            case .inline: codeSpans = CodeSpans.ranges(in: bytes, line.start..<line.end)
            }
        } else if case .raw = mode {
            _ = tracker.classify(LineView(bytes: bytes, line: line))
        }
        while true {
            switch mode {
            case .code(var capture):
                guard let found = nextTag(named: capture.end, from: cursor, in: line) else {
                    capture.content.append(contentsOf: bytes[cursor..<line.end])
                    capture.content.append(ASCII.lineFeed)
                    mode = .code(capture)
                    return
                }
                capture.content.append(contentsOf: bytes[cursor..<found.range.lowerBound])
                appendCodeBlock(capture)
                mode = .markdown
                cursor = skipSpaces(from: found.range.upperBound, in: line)
            case .raw(let end):
                guard let found = nextTag(named: end, from: cursor, in: line) else {
                    appendVerbatim(cursor..<line.end)
                    return
                }
                output.append(contentsOf: bytes[cursor..<found.range.lowerBound])
                mode = .markdown
                cursor = found.range.upperBound
            case .markdown:
                guard let found = nextTag(from: cursor, in: line, skipping: codeSpans) else {
                    appendVerbatim(cursor..<line.end)
                    return
                }
                output.append(contentsOf: bytes[cursor..<found.range.lowerBound])
                if found.tag.name.isEmpty, startsURL(at: found.range.lowerBound, lineStart: line.start) {
                    cursor = found.range.upperBound
                    continue
                }
                let alone =
                    isBlank(line.start..<found.range.lowerBound) && isBlank(found.range.upperBound..<line.end)
                let isBlock = apply(found.tag, context: context, aloneOnLine: alone)
                cursor = isBlock ? skipSpaces(from: found.range.upperBound, in: line) : found.range.upperBound
            }
        }
    }

    /// Whether a URL starts at `offset`: after `](`, `]: ` or `="`. A `{{ site.baseurl }}` there is
    /// dropped, leaving the site-relative path, since a span would break the link.
    private func startsURL(at offset: Int, lineStart: Int) -> Bool {
        let before = bytes[lineStart..<offset]
        return before.last == 0x28 && before.dropLast().last == ASCII.rightBracket
            || before.suffix(3).elementsEqual("]: ".utf8) || before.suffix(2).elementsEqual("=\"".utf8)
            || before.suffix(2).elementsEqual("='".utf8)
    }

    private mutating func appendVerbatim(_ range: Range<Int>) {
        output.append(contentsOf: bytes[range])
        output.append(ASCII.lineFeed)
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy(ASCII.isSpaceOrTab)
    }

    private func skipSpaces(from offset: Int, in line: SourceLine) -> Int {
        var index = offset
        while index < line.end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        return index
    }

    /// The next `{% … %}` or `{{ … }}` on `line` at or after `offset`, outside `skipping`.
    /// The next statement named `name` on `line` at or after `offset`, passing over other tags.
    mutating func nextTag(named name: String, from offset: Int, in line: SourceLine) -> (
        tag: TemplateTag, range: Range<Int>
    )? {
        var cursor = offset
        while let found = nextTag(from: cursor, in: line, skipping: []) {
            if found.tag.name == name { return found }
            cursor = found.range.upperBound
        }
        return nil
    }

    /// Once a closer is missing after some offset it is missing after every later one, so each
    /// kind is searched for at most once per line past its last hit (`closerMissingFrom`).
    mutating func nextTag(from offset: Int, in line: SourceLine, skipping spans: [Range<Int>]) -> (
        tag: TemplateTag, range: Range<Int>
    )? {
        if closerMissingLine != line.start {
            closerMissingLine = line.start
            closerMissingFrom = (Int.max, Int.max)
        }
        var index = offset
        var spanIndex = 0
        while index + 1 < line.end {
            while spanIndex < spans.count, spans[spanIndex].upperBound <= index { spanIndex += 1 }
            if spanIndex < spans.count, spans[spanIndex].contains(index) {
                index = spans[spanIndex].upperBound
                continue
            }
            guard bytes[index] == ASCII.leftBrace else {
                index += 1
                continue
            }
            let second = bytes[index + 1]
            let isStatement = second == ASCII.percent
            guard isStatement || second == ASCII.leftBrace else {
                index += 1
                continue
            }
            let missingFrom = isStatement ? closerMissingFrom.statement : closerMissingFrom.expression
            guard index < missingFrom,
                let close = closing(isStatement ? ASCII.percent : ASCII.rightBrace, from: index + 2, in: line)
            else {
                if isStatement {
                    closerMissingFrom.statement = min(closerMissingFrom.statement, index)
                } else {
                    closerMissingFrom.expression = min(closerMissingFrom.expression, index)
                }
                index += 1
                continue
            }
            let source = String(decoding: bytes[index..<close], as: UTF8.self)
            return (TemplateTag(source: source, isStatement: isStatement), index..<close)
        }
        return nil
    }

    /// The offset just past the first `%}` (or `}}`) at or after `offset` on the line.
    private func closing(_ first: UInt8, from offset: Int, in line: SourceLine) -> Int? {
        var index = offset
        while index + 1 < line.end {
            if bytes[index] == first, bytes[index + 1] == ASCII.rightBrace { return index + 2 }
            index += 1
        }
        return nil
    }
}
