/// Searching text for an ASCII word by its bytes, with the answer `String.contains` gives.
enum ASCIISearch {
    /// Whether `text` contains `needle` (ASCII, not empty) as a run of whole characters.
    ///
    /// Compares bytes; only when a match touches a non-ASCII byte (where a combining mark
    /// could join the match's first or last character to its neighbour) does it ask
    /// `String.contains`, which compares characters.
    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        var text = text
        let verdict: Bool? = text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                guard
                    UnsafeBufferPointer(rebasing: bytes[start..<(start + pattern.count)]).elementsEqual(
                        pattern)
                else { continue }
                let end = start + pattern.count
                if (start > 0 && bytes[start - 1] >= 0x80) || (end < bytes.count && bytes[end] >= 0x80) {
                    return nil
                }
                return true
            }
            return false
        }
        return verdict ?? text.contains(needle.description)
    }
}
