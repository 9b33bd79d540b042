/// The order of titles in a library: case-insensitive, with runs of digits compared by value
/// (`Part 2` before `Part 10`), then by Unicode scalar.
///
/// One function over UTF-8 bytes serves `Library.precedes` and the index's SQLite collation
/// (`folio_title`), so a list sorted by SQLite is sorted as the library sorts it. Scalars are
/// compared after simple lowercase mapping; digit runs of equal value but different leading
/// zeros compare equal. It allocates nothing: about the cost of comparing the bytes.
public enum TitleOrder {
    /// Negative when `a` sorts before `b`, zero when they tie, positive after.
    public static func compare(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in compare(x, y) } }
    }

    /// `compare` over the UTF-8 bytes of two titles.
    public static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            let x = a[i]
            let y = b[j]
            if isDigit(x), isDigit(y) {
                let (order, nextI, nextJ) = compareNumbers(a, from: i, b, from: j)
                if order != 0 { return order }
                i = nextI
                j = nextJ
            } else if x < 0x80, y < 0x80 {
                if x != y {
                    let difference = Int(folded(x)) - Int(folded(y))
                    if difference != 0 { return difference }
                }
                i += 1
                j += 1
            } else {
                let (p, lengthP) = scalar(a, at: i)
                let (q, lengthQ) = scalar(b, at: j)
                if p != q {
                    let difference = Int(folded(p)) - Int(folded(q))
                    if difference != 0 { return difference }
                }
                i += lengthP
                j += lengthQ
            }
        }
        return (a.count - i) - (b.count - j)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The scalar's simple lowercase mapping when it is one scalar, else the scalar itself.
    private static func folded(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return UInt32(folded(UInt8(value))) }
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else {
            return value
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower[lower.startIndex].value : value
    }

    /// Compares the digit runs starting at `i` and `j` by value; returns the order and the
    /// indexes after both runs.
    private static func compareNumbers(
        _ a: UnsafeBufferPointer<UInt8>, from i: Int, _ b: UnsafeBufferPointer<UInt8>, from j: Int
    ) -> (Int, Int, Int) {
        let (startA, endA) = digitRun(a, from: i)
        let (startB, endB) = digitRun(b, from: j)
        let lengthA = endA - startA
        let lengthB = endB - startB
        if lengthA != lengthB { return (lengthA - lengthB, endA, endB) }
        for k in 0..<lengthA where a[startA + k] != b[startB + k] {
            return (Int(a[startA + k]) - Int(b[startB + k]), endA, endB)
        }
        return (0, endA, endB)
    }

    /// The significant digits of the run at `start` (leading zeros skipped) and its end.
    private static func digitRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int) {
        var first = start
        while first < bytes.count, bytes[first] == 0x30 { first += 1 }
        var end = first
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return (first, end)
    }

    /// The scalar whose UTF-8 encoding starts at `i`, and its length; a malformed byte is
    /// taken alone as its own value (SQLite may hand over any bytes).
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = bytes[i]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: return (UInt32(lead), 1)
        }
        guard i + length <= bytes.count else { return (UInt32(lead), 1) }
        for k in 1..<length {
            let next = bytes[i + k]
            guard next & 0xC0 == 0x80 else { return (UInt32(lead), 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (value, length)
    }
}
