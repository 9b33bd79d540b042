import Foundation

/// What the user did with one article: read, starred, where they stopped.
public struct ArticleState: Sendable, Equatable {
    /// Whether the article is marked read.
    public var read: Bool
    /// Whether the article is starred.
    public var starred: Bool
    /// Where the reader stopped; nil means the top.
    public var position: ReadingPosition?
    /// When any of the above last changed (whole seconds, UTC in the file).
    public var updated: Date

    /// Creates a record.
    public init(read: Bool = false, starred: Bool = false, position: ReadingPosition? = nil, updated: Date) {
        self.read = read
        self.starred = starred
        self.position = position
        self.updated = updated
    }

    /// Whether every field has its default value, so the record need not be kept.
    public var isDefault: Bool { !read && !starred && position == nil }
}
