/// A paragraph measured once for wrapping, in one pass over its UTF-8: each scalar's line
/// break class, where each scalar starts in UTF-8, and running sums of display widths (a
/// grapheme cluster's width counted at its first scalar).
///
/// A class over buffers it allocates itself and keeps: measuring writes through pointers in
/// one pass, and a layout that measures paragraph after paragraph with one instance asks
/// `malloc` for nothing once the buffers are large enough (a request of a kilobyte or more
/// makes glibc consolidate its free lists, which per paragraph cost several percent).
final class ParagraphMetrics {
    /// How many scalars the paragraph has.
    private(set) var count = 0
    /// How many scalars the buffers have room for.
    private var capacity = 0
    /// `classes[i]` is the resolved line break class of scalar `i`.
    private var classes = UnsafeMutableBufferPointer<LineBreakClass>(start: nil, count: 0)
    /// `utf8Offsets[i]` is where scalar `i` starts; entry `count` is the UTF-8 length.
    private var utf8Offsets = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    /// `widthBefore[i]` is the display width of scalars `0..<i`.
    private var widthBefore = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)

    /// Creates empty metrics, to be filled by `measure(_:breaker:)`.
    init() {}

    deinit {
        classes.deallocate()
        utf8Offsets.deallocate()
        widthBefore.deallocate()
    }

    /// Measures `text` in place of what was measured before; `text` must be shorter than
    /// 2 GiB (articles are read up to 64 MiB).
    func measure(_ text: String, breaker: LineBreaker) {
        var text = text
        // A scalar takes at least one byte: room for as many scalars as bytes.
        reserve(text.utf8.count)
        var needsClusters = false
        let classes = classes
        let utf8Offsets = utf8Offsets
        let widthBefore = widthBefore
        count = text.withUTF8 { bytes in
            var offset = 0
            var total: Int32 = 0
            var index = 0
            widthBefore[0] = 0
            while offset < bytes.count {
                utf8Offsets[index] = Int32(truncatingIfNeeded: offset)
                let lead = bytes[offset]
                if lead < 0x80 {
                    // ASCII: no table for the width.
                    classes[index] = breaker.lineBreakClass(Unicode.Scalar(lead))
                    total &+= lead >= 0x20 && lead != 0x7F ? 1 : 0
                    offset &+= 1
                } else {
                    let (value, length) = ParagraphMetrics.decode(bytes, at: offset, lead: lead)
                    offset &+= length
                    if ParagraphMetrics.isCommonHan(value) {
                        classes[index] = .ID
                        total &+= 2
                    } else {
                        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                        classes[index] = breaker.lineBreakClass(scalar)
                        let entry = WidthTable.value(scalar)
                        if DisplayWidth.needsCluster(value, entry) { needsClusters = true }
                        total &+= Int32(entry & WidthTable.widthMask)
                    }
                }
                index &+= 1
                widthBefore[index] = total
            }
            utf8Offsets[index] = Int32(truncatingIfNeeded: bytes.count)
            return index
        }
        if needsClusters { clusterWidths(text) }
    }

    /// Whether `value` is in the CJK Unified Ideographs block, most of any Chinese or Japanese
    /// text: Line_Break ID and East Asian Width W throughout (Unicode 15.0), no emoji, so the
    /// tables need not be read (`LayoutFastPathTests` checks this against them).
    @inline(__always)
    static func isCommonHan(_ value: UInt32) -> Bool {
        value &- 0x4E00 <= 0x9FFF - 0x4E00
    }

    /// Makes room for `scalars` scalars, keeping larger buffers as they are.
    private func reserve(_ scalars: Int) {
        guard scalars > capacity else { return }
        classes.deallocate()
        utf8Offsets.deallocate()
        widthBefore.deallocate()
        capacity = max(scalars, 2 * capacity)
        // Trivial element types: the buffers need no initialising before being written.
        classes = .allocate(capacity: capacity)
        utf8Offsets = .allocate(capacity: capacity + 1)
        widthBefore = .allocate(capacity: capacity + 1)
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

    /// Replaces the running widths by grapheme cluster: each cluster's width is counted at its
    /// first scalar.
    private func clusterWidths(_ text: String) {
        var total: Int32 = 0
        var index = 0
        for character in text {
            total += Int32(DisplayWidth.of(character))
            for _ in character.unicodeScalars where index < count {
                index += 1
                widthBefore[index] = total
            }
        }
    }

    /// The line break classes of the scalars.
    var lineBreakClasses: UnsafeBufferPointer<LineBreakClass> {
        UnsafeBufferPointer(start: classes.baseAddress, count: count)
    }

    /// The display width of scalars `start..<end`.
    @inline(__always)
    func width(_ start: Int, _ end: Int) -> Int { Int(widthBefore[end] &- widthBefore[start]) }

    /// Where scalar `index` starts in UTF-8 (`index` may be `count`: the end).
    @inline(__always)
    func utf8Offset(_ index: Int) -> Int { Int(utf8Offsets[index]) }

    /// The scalar index at a UTF-8 offset that starts a scalar.
    func scalarIndex(atUTF8 offset: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if utf8Offset(mid) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
