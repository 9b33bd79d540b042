/// Read-only helpers over one line of the source bytes.
struct LineView {
    /// The whole source.
    let bytes: [UInt8]
    /// The line inside `bytes`.
    let line: SourceLine

    /// Whether the line holds only spaces and tabs.
    var isBlank: Bool {
        for index in line.start..<line.end where !ASCII.isSpaceOrTab(bytes[index]) { return false }
        return true
    }

    /// The column of the first non-space character (tabs to multiples of four) and its offset.
    var indentation: (columns: Int, offset: Int) {
        var columns = 0
        var index = line.start
        while index < line.end, ASCII.isSpaceOrTab(bytes[index]) {
            columns = bytes[index] == ASCII.tab ? (columns / 4 + 1) * 4 : columns + 1
            index += 1
        }
        return (columns, index)
    }

    /// The offset just past the last block-quote marker `>` (the line start if there is none; the
    /// space after a marker counts as indentation), with the number of markers.
    var afterQuoteMarkers: (offset: Int, depth: Int) {
        var index = line.start
        var depth = 0
        while true {
            var probe = index
            var spaces = 0
            while probe < line.end, ASCII.isSpaceOrTab(bytes[probe]), spaces < 3 {
                probe += 1
                spaces += 1
            }
            guard probe < line.end, bytes[probe] == ASCII.greaterThan else { return (index, depth) }
            depth += 1
            index = probe + 1
        }
    }

    /// Whether the bytes at `offset` equal `text` compared ASCII case-insensitively.
    func hasPrefix(_ text: [UInt8], at offset: Int) -> Bool {
        guard offset + text.count <= line.end else { return false }
        for (position, byte) in text.enumerated() where ASCII.lowercased(bytes[offset + position]) != byte {
            return false
        }
        return true
    }

    /// Whether `text` (lowercase ASCII) occurs anywhere in the line, case-insensitively.
    func contains(_ text: [UInt8]) -> Bool {
        guard let first = text.first, line.count >= text.count else { return false }
        var index = line.start
        while index + text.count <= line.end {
            if ASCII.lowercased(bytes[index]) == first, hasPrefix(text, at: index) { return true }
            index += 1
        }
        return false
    }
}
