/// The identity of a node: its index in the arena of an `HTMLDocument`.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The index, stored in 32 bits so that a node's five links stay small (an arena of more
    /// than two billion nodes would need far more memory than any input allows).
    private let storage: Int32

    /// The position of the node in `HTMLDocument.nodes`.
    public var index: Int { Int(storage) }

    /// Creates an identifier for the node stored at `index`.
    public init(_ index: Int) {
        storage = Int32(truncatingIfNeeded: index)
    }

    /// Orders identifiers by creation, which is not necessarily document order.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool {
        lhs.index < rhs.index
    }

    /// `#` followed by the index, for debugging.
    public var description: String { "#\(index)" }
}
