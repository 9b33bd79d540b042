import Glibc

/// What a Markdown line starts with: the block syntax `MarkdownPlainText` drops.
extension MarkdownPlainText {
    /// The index of the line feed ending the line that starts at `start`, or the end.
    static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = b.baseAddress, let found = memchr(base + start, 0x0A, b.count - start) else {
            return b.count
        }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `c` can be inline syntax, or end a tag (bytes of other characters are copied as
    /// they are): `!` `*` `<` `>` `[` `\` `]` `_` `` ` `` `~`, as bits of two masks.
    @inline(__always)
    static func mayBeSyntax(_ c: UInt8) -> Bool {
        let low: UInt64 = 1 << 0x21 | 1 << 0x2A | 1 << 0x3C | 1 << 0x3E
        let high: UInt64 =
            1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5D - 64) | 1 << (0x5F - 64)
            | 1 << (0x60 - 64) | 1 << (0x7E - 64)
        if c < 64 { return low >> c & 1 != 0 }
        return c < 128 && high >> (c - 64) & 1 != 0
    }

    /// The fence at `i` (three or more backticks or tildes), if the line opens or closes one.
    static func fenceRun(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (byte: UInt8, count: Int)?
    {
        guard i < end, b[i] == 0x60 || b[i] == 0x7E else { return nil }
        var n = i
        while n < end, b[n] == b[i] { n += 1 }
        return n - i >= 3 ? (b[i], n - i) : nil
    }

    /// Whether only spaces remain from `i` to `end`.
    static func blank(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        b[i..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// Whether the line is a thematic break (`***`, `- - -`), a setext heading's underline
    /// (`===`, `---`) or a table's delimiter row (`|---|:--:|`): no words at all.
    static func isRule(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var marks = 0
        var pipes = 0
        var colons = 0
        for c in b[i..<end] {
            switch c {
            case 0x2D, 0x3D, 0x2A, 0x5F: marks += 1
            case 0x7C: pipes += 1
            case 0x3A: colons += 1
            case 0x20, 0x09, 0x0D: continue
            default: return false
            }
        }
        return (marks >= 3 && colons == 0) || (pipes > 0 && marks > 0)
    }

    /// Whether the line defines a link reference: `[label]: target`.
    static func isDefinition(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i < end, b[i] == 0x5B, i + 1 < end, b[i + 1] != 0x5D else { return false }
        var n = i + 1
        while n < end, b[n] != 0x5D { n += 1 }
        return n + 1 < end && b[n + 1] == 0x3A
    }

    /// Past the quote markers (`>`), then a heading's `#`s or a list item's marker (`-`, `+`,
    /// `*`, `1.`, `1)`, and a task's `[ ]`), each followed by a space; `i` when there are none.
    static func skipBlockMarkers(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, b[i] == 0x3E {
            i += 1
            while i < end, b[i] == 0x20 { i += 1 }
        }
        var n = i
        while n < end, n - i < 6, b[n] == 0x23 { n += 1 }
        if n > i, n == end || b[n] == 0x20 { return skipSpaces(b, n, end) }
        if i < end, b[i] == 0x2D || b[i] == 0x2B || b[i] == 0x2A, i + 1 < end, b[i + 1] == 0x20 {
            return skipTask(b, skipSpaces(b, i + 1, end), end)
        }
        n = i
        while n < end, n - i < 9, b[n] >= 0x30, b[n] <= 0x39 { n += 1 }
        if n > i, n + 1 < end, b[n] == 0x2E || b[n] == 0x29, b[n + 1] == 0x20 {
            return skipTask(b, skipSpaces(b, n + 1, end), end)
        }
        return i
    }

    private static func skipTask(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard i + 3 < end, b[i] == 0x5B, b[i + 1] == 0x20 || b[i + 1] | 0x20 == 0x78, b[i + 2] == 0x5D,
            b[i + 3] == 0x20
        else { return i }
        return skipSpaces(b, i + 3, end)
    }

    private static func skipSpaces(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, b[i] == 0x20 { i += 1 }
        return i
    }

    /// ASCII punctuation, which a backslash escapes.
    static func isPunctuation(_ c: UInt8) -> Bool {
        (0x21...0x2F).contains(c) || (0x3A...0x40).contains(c) || (0x5B...0x60).contains(c)
            || (0x7B...0x7E).contains(c)
    }

    /// What can follow `<` in a tag: a letter, `/`, `!` or `?`.
    static func isTagStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x2F || c == 0x21 || c == 0x3F
    }

    /// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character.
    static func isWord(_ c: UInt8) -> Bool {
        c >= 0x80 || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39)
    }
}
