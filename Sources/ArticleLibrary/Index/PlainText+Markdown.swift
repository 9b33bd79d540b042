extension PlainText {
    /// Markdown as indexed: the targets of links and images (`](…)`, a fifth of a typical
    /// Markdown article, never shown by the reader) dropped, the rest kept as written.
    static func fromMarkdown(_ markdown: Substring) -> String {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x5D, i + 1 < bytes.count, bytes[i + 1] == 0x28,
                    let close = targetEnd(bytes, from: i + 2)
                {
                    out.append(0x5D)
                    i = close + 1
                    continue
                }
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The index of the `)` closing a link target that starts at `start` (parentheses inside
    /// balanced), or nil when the line ends first.
    private static func targetEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < bytes.count, bytes[i] != 0x0A {
            if bytes[i] == 0x28 {
                depth += 1
            } else if bytes[i] == 0x29 {
                if depth == 0 { return i }
                depth -= 1
            }
            i += 1
        }
        return nil
    }
}
