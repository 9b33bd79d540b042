/// Scans one HTML tag at the start of a line, enough to apply CommonMark's HTML block conditions.
struct HTMLTagScanner {
    /// The line holding the tag.
    let view: LineView
    /// Offset of the tag's `<`.
    let start: Int

    /// Whether the tag is a closing tag (`</`).
    var isClosing: Bool { start + 1 < view.line.end && view.bytes[start + 1] == ASCII.slash }

    private var nameStart: Int { isClosing ? start + 2 : start + 1 }

    private var nameEnd: Int {
        var index = nameStart
        guard index < view.line.end, ASCII.isLetter(view.bytes[index]) else { return nameStart }
        while index < view.line.end, Self.isNameByte(view.bytes[index]) { index += 1 }
        return index
    }

    /// The tag name in lowercase ASCII, if a name follows `<` or `</`.
    var openingName: [UInt8]? {
        let end = nameEnd
        guard end > nameStart else { return nil }
        return view.bytes[nameStart..<end].map(ASCII.lowercased)
    }

    /// Whether the name is followed by a space, a tab, the end of the line, `>` or `/>`.
    func endsName(_ name: [UInt8]) -> Bool {
        let index = nameStart + name.count
        guard index < view.line.end else { return true }
        let byte = view.bytes[index]
        if ASCII.isSpaceOrTab(byte) || byte == ASCII.greaterThan { return true }
        return byte == ASCII.slash && index + 1 < view.line.end && view.bytes[index + 1] == ASCII.greaterThan
    }

    /// Whether the line is one complete open or closing tag (not `script`, `style` or `pre`) and
    /// whitespace: the start condition of a type 7 HTML block.
    var isCompleteTagAloneOnLine: Bool {
        guard let name = openingName, !["script", "style", "pre"].contains(where: { Array($0.utf8) == name })
        else { return false }
        var index = nameEnd
        if !isClosing { index = skipAttributes(from: index) }
        index = skipSpaces(from: index)
        if !isClosing, index < view.line.end, view.bytes[index] == ASCII.slash { index += 1 }
        guard index < view.line.end, view.bytes[index] == ASCII.greaterThan else { return false }
        return skipSpaces(from: index + 1) == view.line.end
    }

    private func skipSpaces(from offset: Int) -> Int {
        var index = offset
        while index < view.line.end, ASCII.isSpaceOrTab(view.bytes[index]) { index += 1 }
        return index
    }

    private func skipAttributes(from offset: Int) -> Int {
        var index = offset
        while true {
            let nameStart = skipSpaces(from: index)
            guard nameStart > index, nameStart < view.line.end,
                Self.isAttributeNameStart(view.bytes[nameStart])
            else { return index }
            var cursor = nameStart + 1
            while cursor < view.line.end, Self.isAttributeNameByte(view.bytes[cursor]) { cursor += 1 }
            let equals = skipSpaces(from: cursor)
            if equals < view.line.end, view.bytes[equals] == ASCII.equals {
                guard let valueEnd = skipValue(from: skipSpaces(from: equals + 1)) else { return index }
                cursor = valueEnd
            }
            index = cursor
        }
    }

    private func skipValue(from offset: Int) -> Int? {
        guard offset < view.line.end else { return nil }
        let first = view.bytes[offset]
        if first == ASCII.quote || first == ASCII.apostrophe {
            var index = offset + 1
            while index < view.line.end, view.bytes[index] != first { index += 1 }
            return index < view.line.end ? index + 1 : nil
        }
        var index = offset
        while index < view.line.end, !Self.endsUnquotedValue(view.bytes[index]) { index += 1 }
        return index > offset ? index : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.hyphen
    }

    private static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || byte == 0x5F || byte == ASCII.colon
    }

    private static func isAttributeNameByte(_ byte: UInt8) -> Bool {
        isAttributeNameStart(byte) || ASCII.isDigit(byte) || byte == 0x2E || byte == ASCII.hyphen
    }

    private static func endsUnquotedValue(_ byte: UInt8) -> Bool {
        ASCII.isSpaceOrTab(byte) || byte == ASCII.quote || byte == ASCII.apostrophe || byte == ASCII.equals
            || byte == ASCII.lessThan || byte == ASCII.greaterThan || byte == ASCII.backtick
    }
}
