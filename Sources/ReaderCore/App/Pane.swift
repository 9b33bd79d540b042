/// The two panes of the main screen.
public enum Pane: Sendable, Equatable {
    /// The article list.
    case list
    /// The reader.
    case reader
}

/// A window shown over the panes.
public enum Overlay: Sendable, Equatable {
    /// The key help, scrolled to a line.
    case help(top: Int)
    /// The open article's links, one selected.
    case links(selected: Int)
    /// Categories and tags to filter by, one selected.
    case categories(selected: Int)
    /// The library's warnings, scrolled to a line.
    case warnings(top: Int)
}

/// An incremental search in a pane.
public struct SearchState: Sendable, Equatable {
    /// The pane searched.
    public var pane: Pane
    /// The query so far.
    public var query: String
    /// Whether keys still go to the query (until Enter or Escape).
    public var editing: Bool
    /// The matches in the reader: line, character range.
    public var matches: [ReaderMatch] = []
    /// The current match.
    public var current: Int?
    /// The list selection when the search started, to restore on Escape.
    public var savedSelection: String?
}

/// One match of a reader search.
public struct ReaderMatch: Sendable, Equatable {
    /// The line of the laid-out article.
    public var line: Int
    /// Character offsets within the line's text.
    public var range: Range<Int>
}
