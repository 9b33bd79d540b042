/// A paragraph measured once for wrapping, in one pass over its UTF-8: each scalar's line
/// break class, where each scalar starts in UTF-8, and running sums of display widths (a
/// grapheme cluster's width counted at its first scalar).
struct ParagraphMetrics {
    /// `classes[i]` is the resolved line break class of scalar `i`.
    let classes: [LineBreakClass]
    /// `utf8Offsets[i]` is where scalar `i` starts; the last entry is the UTF-8 length.
    let utf8Offsets: [Int32]
    /// `widthBefore[i]` is the display width of scalars `0..<i`.
    let widthBefore: [Int32]

    /// Measures `text`, which must be shorter than 2 GiB (articles are read up to 64 MiB).
    init(_ text: String, breaker: LineBreaker) {
        var text = text
        let byteCount = text.utf8.count
        var offsets: [Int32] = []
        var widths: [Int32] = []
        var needsClusters = false
        // One pass writing straight into the three arrays: a scalar takes at least one byte.
        classes = text.withUTF8 { bytes in
            [LineBreakClass](unsafeUninitializedCapacity: byteCount) { classBuffer, classCount in
                offsets = [Int32](unsafeUninitializedCapacity: byteCount + 1) { offsetBuffer, offsetCount in
                    widths = [Int32](unsafeUninitializedCapacity: byteCount + 1) { widthBuffer, widthCount in
                        var offset = 0
                        var total: Int32 = 0
                        var count = 0
                        widthBuffer.initializeElement(at: 0, to: 0)
                        while offset < bytes.count {
                            offsetBuffer.initializeElement(at: count, to: Int32(truncatingIfNeeded: offset))
                            let lead = bytes[offset]
                            if lead < 0x80 {
                                // ASCII: no table for the width.
                                classBuffer.initializeElement(
                                    at: count, to: breaker.lineBreakClass(Unicode.Scalar(lead)))
                                total &+= lead >= 0x20 && lead != 0x7F ? 1 : 0
                                offset &+= 1
                            } else {
                                let (value, length) = ParagraphMetrics.decode(bytes, at: offset, lead: lead)
                                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                                classBuffer.initializeElement(at: count, to: breaker.lineBreakClass(scalar))
                                let entry = WidthTable.value(scalar)
                                if DisplayWidth.needsCluster(value, entry) { needsClusters = true }
                                total &+= Int32(entry & WidthTable.widthMask)
                                offset &+= length
                            }
                            count &+= 1
                            widthBuffer.initializeElement(at: count, to: total)
                        }
                        offsetBuffer.initializeElement(at: count, to: Int32(truncatingIfNeeded: offset))
                        classCount = count
                        offsetCount = count &+ 1
                        widthCount = count &+ 1
                    }
                }
            }
        }
        utf8Offsets = offsets
        widthBefore = needsClusters ? ParagraphMetrics.clusterWidths(text, count: classes.count) : widths
    }

    /// The scalar value and length of the multi-byte sequence starting with `lead` at `offset`
    /// of valid UTF-8 (a `String`'s storage).
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, lead: UInt8) -> (
        UInt32, Int
    ) {
        let b1 = UInt32(bytes[offset &+ 1] & 0x3F)
        if lead < 0xE0 {
            return (UInt32(lead & 0x1F) << 6 | b1, 2)
        }
        let b2 = UInt32(bytes[offset &+ 2] & 0x3F)
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | b1 << 6 | b2, 3)
        }
        let b3 = UInt32(bytes[offset &+ 3] & 0x3F)
        return (UInt32(lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
    }

    /// Running widths by grapheme cluster: each cluster's width is counted at its first scalar.
    private static func clusterWidths(_ text: String, count: Int) -> [Int32] {
        var widths: [Int32] = [0]
        widths.reserveCapacity(count + 1)
        var total: Int32 = 0
        for character in text {
            total += Int32(DisplayWidth.of(character))
            widths.append(total)
            for _ in character.unicodeScalars.dropFirst() { widths.append(total) }
        }
        return widths
    }

    /// The display width of scalars `start..<end`.
    @inline(__always)
    func width(_ start: Int, _ end: Int) -> Int { Int(widthBefore[end] &- widthBefore[start]) }

    /// Where scalar `index` starts in UTF-8 (`index` may be the scalar count: the end).
    @inline(__always)
    func utf8Offset(_ index: Int) -> Int { Int(utf8Offsets[index]) }

    /// The scalar index at a UTF-8 offset that starts a scalar.
    func scalarIndex(atUTF8 offset: Int) -> Int {
        var low = 0
        var high = utf8Offsets.count - 1
        while low < high {
            let mid = (low + high) / 2
            if utf8Offset(mid) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
