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
        bytes.withUnsafeBufferPointer { buffer in
            var breaks = 0
            for byte in buffer where byte == ASCII.lineFeed || byte == ASCII.carriageReturn { breaks += 1 }
            var lines: [SourceLine] = []
            lines.reserveCapacity(breaks + 1)
            var start = 0
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                guard byte == ASCII.lineFeed || byte == ASCII.carriageReturn else {
                    index += 1
                    continue
                }
                var next = index + 1
                if byte == ASCII.carriageReturn, next < buffer.count, buffer[next] == ASCII.lineFeed {
                    next += 1
                }
                lines.append(SourceLine(start: start, end: index, next: next))
                start = next
                index = next
            }
            if start < buffer.count {
                lines.append(SourceLine(start: start, end: buffer.count, next: buffer.count))
            }
            return lines
        }
    }
}
