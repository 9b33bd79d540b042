/// Interning an element name: an open-addressing table keyed by the name's bytes.
extension TagID {
    /// The identifier of the element called `name` (exact, case-sensitive), or `.other`.
    init(_ name: String) {
        self = TagNameTable.shared.lookup(name)
    }
}

/// A fixed hash table from element names (at most 16 bytes, packed into two words) to `TagID`.
///
/// Interning happens once per tag token and element, so it avoids `String` hashing: the key
/// is the raw bytes, the hash one multiply, and a probe ends at the first empty slot.
struct TagNameTable: Sendable {
    /// The table built from every `TagID` case.
    static let shared = TagNameTable()

    private static let slotBits = 9
    private var low: [UInt64]
    private var high: [UInt64]
    private var values: [TagID]

    private init() {
        let count = 1 << Self.slotBits
        low = Array(repeating: 0, count: count)
        high = Array(repeating: 0, count: count)
        values = Array(repeating: .other, count: count)
        for tag in TagID.allCases where tag != .other {
            guard let (keyLow, keyHigh) = Self.pack(tag.name) else { continue }
            var slot = Self.slot(keyLow, keyHigh)
            while values[slot] != .other { slot = (slot + 1) & (count - 1) }
            low[slot] = keyLow
            high[slot] = keyHigh
            values[slot] = tag
        }
    }

    /// The identifier stored for `name`, or `.other`.
    func lookup(_ name: String) -> TagID {
        var name = name
        return name.withUTF8 { lookup(bytes: $0) }
    }

    /// The identifier stored for the name spelled by the UTF-8 `bytes`, or `.other`.
    func lookup(bytes: UnsafeBufferPointer<UInt8>) -> TagID {
        guard let (keyLow, keyHigh) = Self.pack(bytes) else { return .other }
        let mask = values.count - 1
        var slot = Self.slot(keyLow, keyHigh)
        while true {
            let value = values[slot]
            if value == .other { return .other }
            if low[slot] == keyLow, high[slot] == keyHigh { return value }
            slot = (slot + 1) & mask
        }
    }

    /// The bytes of `name` packed little-endian into two words; nil when empty or longer than 16.
    private static func pack(_ name: String) -> (UInt64, UInt64)? {
        var name = name
        return name.withUTF8 { pack($0) }
    }

    /// `bytes` packed little-endian into two words; nil when empty or longer than 16.
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        let count = bytes.count
        guard count > 0, count <= 16 else { return nil }
        var keyLow: UInt64 = 0
        var keyHigh: UInt64 = 0
        for index in 0..<min(count, 8) {
            keyLow |= UInt64(bytes[index]) << UInt64(8 * index)
        }
        for index in min(count, 8)..<count {
            keyHigh |= UInt64(bytes[index]) << UInt64(8 * (index - 8))
        }
        return (keyLow, keyHigh)
    }

    private static func slot(_ keyLow: UInt64, _ keyHigh: UInt64) -> Int {
        let mixed = (keyLow &* 0x9E37_79B9_7F4A_7C15) ^ (keyHigh &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> (64 - UInt64(slotBits)))
    }
}
