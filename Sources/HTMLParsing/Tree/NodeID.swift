/// The identity of a node: its index in the arena of an `HTMLDocument`.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The position of the node in `HTMLDocument.nodes`.
    public let index: Int

    /// Creates an identifier for the node stored at `index`.
    public init(_ index: Int) {
        self.index = index
    }

    /// Orders identifiers by creation, which is not necessarily document order.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool {
        lhs.index < rhs.index
    }

    /// `#` followed by the index, for debugging.
    public var description: String { "#\(index)" }
}
