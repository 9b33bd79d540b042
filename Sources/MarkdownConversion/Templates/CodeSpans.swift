/// Finds inline code spans on one line (a backtick run closed by a run of the same length), so
/// template tags inside them stay as written. Spans that continue onto the next line are missed.
enum CodeSpans {
    /// The byte ranges of the code spans in `bytes[range]`, in order, backticks included.
    static func ranges(in bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == ASCII.backslash {
                index += 2
                continue
            }
            guard byte == ASCII.backtick else {
                index += 1
                continue
            }
            let openEnd = runEnd(bytes, from: index, limit: range.upperBound)
            let length = openEnd - index
            var probe = openEnd
            var closed: Int?
            while probe < range.upperBound {
                if bytes[probe] == ASCII.backtick {
                    let end = runEnd(bytes, from: probe, limit: range.upperBound)
                    if end - probe == length {
                        closed = end
                        break
                    }
                    probe = end
                } else {
                    probe += 1
                }
            }
            if let end = closed {
                spans.append(index..<end)
                index = end
            } else {
                index = openEnd
            }
        }
        return spans
    }

    private static func runEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, bytes[end] == ASCII.backtick { end += 1 }
        return end
    }
}
