/// Recognises CommonMark list-item markers (`-`, `+`, `*`, `1.`, `1)`) at the start of a line.
enum ListMarker {
    /// The offset just past the marker at `offset` and its following space, if a marker starts there.
    static func end(in view: LineView, at offset: Int) -> Int? {
        let bytes = view.bytes
        let end = view.line.end
        guard offset < end else { return nil }
        var index = offset
        let first = bytes[index]
        if first == ASCII.hyphen || first == 0x2B || first == 0x2A {
            index += 1
        } else {
            while index < end, index - offset < 9, ASCII.isDigit(bytes[index]) { index += 1 }
            guard index > offset, index < end, bytes[index] == 0x2E || bytes[index] == 0x29 else {
                return nil
            }
            index += 1
        }
        if index == end { return index }
        guard ASCII.isSpaceOrTab(bytes[index]) else { return nil }
        return index + 1
    }
}
