/// A set of `TagID`s as a bit set: membership is a shift and a mask.
struct TagSet: ExpressibleByArrayLiteral, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Creates a set holding `elements`.
    init(arrayLiteral elements: TagID...) {
        for element in elements { insert(element) }
    }

    /// Adds `tag`.
    mutating func insert(_ tag: TagID) {
        let bit = Int(tag.rawValue)
        if bit < 64 {
            low |= 1 << UInt64(bit)
        } else {
            high |= 1 << UInt64(bit - 64)
        }
    }

    /// Whether `tag` is in the set; `.other` never is.
    @inline(__always)
    func contains(_ tag: TagID) -> Bool {
        let bit = Int(tag.rawValue)
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    /// Whether the element called `name` is in the set.
    func contains(_ name: String) -> Bool {
        contains(TagID(name))
    }

    /// The set with the members of `other` added.
    func union(_ other: TagSet) -> TagSet {
        var result = self
        result.low |= other.low
        result.high |= other.high
        return result
    }

    /// The members, in `TagID` order.
    var members: [TagID] {
        TagID.allCases.filter { $0 != .other && contains($0) }
    }
}
