import ArticleLibrary

/// The user's marks as the reader keeps them in memory: read, starred, positions.
public struct Marks: Sendable, Equatable {
    /// Paths of read articles.
    public var read: Set<String> = []
    /// Paths of starred articles.
    public var starred: Set<String> = []
    /// Reading positions by path.
    public var positions: [String: ReadingPosition] = [:]

    /// Creates marks.
    public init(read: Set<String> = [], starred: Set<String> = [], positions: [String: ReadingPosition] = [:])
    {
        self.read = read
        self.starred = starred
        self.positions = positions
    }

    /// Applies a change.
    public mutating func apply(_ change: MarkChange) {
        switch change {
        case .read(let path, let value):
            if value { read.insert(path) } else { read.remove(path) }
        case .starred(let path, let value):
            if value { starred.insert(path) } else { starred.remove(path) }
        case .position(let path, let value):
            positions[path] = value
        }
    }
}
