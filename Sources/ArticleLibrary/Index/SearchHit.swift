/// One search result.
public struct SearchHit: Sendable {
    /// The article found.
    public var article: Article
    /// Its place in the ranking: lower is better (a title match, then FTS5's bm25, then date).
    public var rank: Double
    /// Where the query matched, with the matched parts marked.
    public var snippet: SearchSnippet

    /// Creates a hit.
    public init(article: Article, rank: Double, snippet: SearchSnippet) {
        self.article = article
        self.rank = rank
        self.snippet = snippet
    }
}
