/// The key/value pairs a front matter held, keys lowercased, in source order.
public struct FrontMatterFields: Sendable, Equatable {
    /// The pairs, in the order they were written; a repeated key keeps its first value.
    public private(set) var pairs: [(key: String, value: FrontMatterValue)] = []

    /// The keys of `pairs`, so adding stays constant time however many keys there are.
    private var keys: Set<String> = []

    /// Creates an empty set of fields.
    public init() {}

    /// Adds a pair unless its key is already present.
    mutating func add(_ key: String, _ value: FrontMatterValue) {
        let lower = key.lowercased()
        guard !lower.isEmpty, keys.insert(lower).inserted else { return }
        pairs.append((lower, value))
    }

    /// The value of `key` (lowercase), if present.
    public subscript(key: String) -> FrontMatterValue? {
        pairs.first { $0.key == key }?.value
    }

    /// The first of `keys` that is present with a non-empty value.
    func first(_ keys: [String]) -> FrontMatterValue? {
        for key in keys {
            if let value = self[key], !value.text.isEmpty { return value }
        }
        return nil
    }

    /// Whether no pair was read.
    public var isEmpty: Bool { pairs.isEmpty }

    public static func == (lhs: FrontMatterFields, rhs: FrontMatterFields) -> Bool {
        lhs.pairs.count == rhs.pairs.count
            && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
