/// A paragraph measured once for wrapping: its scalars, where each starts in UTF-8, running
/// sums of display widths (a grapheme cluster's width counted at its first scalar), and line
/// break classes.
struct ParagraphMetrics {
    let scalars: [Unicode.Scalar]
    /// `utf8Offsets[i]` is where scalar `i` starts; the last entry is the UTF-8 length.
    let utf8Offsets: [Int]
    /// `widthBefore[i]` is the display width of scalars `0..<i`.
    let widthBefore: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf8.count + 1)
        var widths: [Int] = [0]
        widths.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        var total = 0
        var needsClusters = false
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
            let value = scalar.value
            if value < 0x7F {
                total += value >= 0x20 ? 1 : 0
            } else {
                let entry = WidthTable.value(scalar)
                if DisplayWidth.needsCluster(value, entry) { needsClusters = true }
                total += Int(entry & WidthTable.widthMask)
            }
            widths.append(total)
        }
        offsets.append(offset)
        self.scalars = scalars
        utf8Offsets = offsets
        widthBefore = needsClusters ? ParagraphMetrics.clusterWidths(text, count: scalars.count) : widths
    }

    /// Running widths by grapheme cluster: each cluster's width is counted at its first scalar.
    private static func clusterWidths(_ text: String, count: Int) -> [Int] {
        var widths: [Int] = [0]
        widths.reserveCapacity(count + 1)
        var total = 0
        for character in text {
            total += DisplayWidth.of(character)
            widths.append(total)
            for _ in character.unicodeScalars.dropFirst() { widths.append(total) }
        }
        return widths
    }

    /// The display width of scalars `start..<end`.
    @inline(__always)
    func width(_ start: Int, _ end: Int) -> Int { widthBefore[end] - widthBefore[start] }

    /// The scalar index at a UTF-8 offset that starts a scalar.
    func scalarIndex(atUTF8 offset: Int) -> Int {
        var low = 0
        var high = utf8Offsets.count - 1
        while low < high {
            let mid = (low + high) / 2
            if utf8Offsets[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
