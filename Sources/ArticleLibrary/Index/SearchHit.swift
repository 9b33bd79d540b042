/// One search result.
public struct SearchHit: Sendable {
    /// The article found.
    public var article: Article
    /// Its score: lower is better (-10 for each query word in the title, -4 for each in the
    /// categories, tags or authors; 0 for a query without text terms). Ties go newest first.
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
