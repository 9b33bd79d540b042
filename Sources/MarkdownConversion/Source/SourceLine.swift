/// One line of a Markdown source held as UTF-8 bytes, split the way cmark splits lines.
struct SourceLine: Equatable {
    /// Offset of the line's first byte.
    var start: Int
    /// Offset just past the line's last byte, before its line ending.
    var end: Int
    /// Offset of the next line's first byte (past `\n`, `\r` or `\r\n`).
    var next: Int

    /// The line's length in bytes, without its line ending.
    var count: Int { end - start }

    /// Splits `bytes` into lines at `\n`, `\r` and `\r\n`, as CommonMark does.
    static func split(_ bytes: [UInt8]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                var next = index + 1
                if byte == ASCII.carriageReturn, next < bytes.count, bytes[next] == ASCII.lineFeed {
                    next += 1
                }
                lines.append(SourceLine(start: start, end: index, next: next))
                start = next
                index = next
            } else {
                index += 1
            }
        }
        if start < bytes.count {
            lines.append(SourceLine(start: start, end: bytes.count, next: bytes.count))
        }
        return lines
    }
}
