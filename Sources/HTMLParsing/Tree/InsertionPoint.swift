/// Where a node goes: into `parent`, before `reference` or at the end when it is nil.
struct InsertionPoint {
    /// The new parent.
    var parent: NodeID
    /// The sibling to insert before, or nil to append.
    var reference: NodeID?
}
