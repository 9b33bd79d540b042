import ArticleLibrary

/// A full-text search of the whole library (`S`): the query being typed, the search running in
/// the background, and the results that replace the article list until cleared.
public struct LibrarySearchState: Sendable {
    /// Results shown in place of the list.
    public struct Results: Sendable {
        /// The query they answer, as typed.
        public var query: String
        /// The matches, best first.
        public var hits: [SearchHit]
        /// Whether the search stopped at its limit (there may be more).
        public var limited: Bool
    }

    /// The query as typed.
    public var query: String
    /// Whether keys go to the query (until Enter or Escape).
    public var editing: Bool
    /// The search running in the background, by number; nil when none is.
    public var running: Int?
    /// The query of the search running.
    public var runningQuery = ""
    /// While the search waits for the full-text index to catch up: articles added, and to add.
    public var indexing: (done: Int, total: Int)?
    /// The results shown, if any.
    public var results: Results?
    /// The article selected in the full list before results replaced it, to restore.
    public var savedSelection: String?
    /// How far below the list's top row that article was.
    public var savedOffset = 0

    /// The snippet of the hit for article `path`, if it is a result.
    public func snippet(for path: String) -> SearchSnippet? {
        results?.hits.first { $0.article.path == path }?.snippet
    }
}
