/// What a refresh found: files new to the index, changed on disk, and gone.
public struct IndexChanges: Sendable, Equatable {
    /// Files read for the first time.
    public var added: Int
    /// Files whose size or modification time changed, read again.
    public var changed: Int
    /// Files no longer under the roots, dropped from the index.
    public var removed: Int

    /// Creates a summary.
    public init(added: Int = 0, changed: Int = 0, removed: Int = 0) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }
}
