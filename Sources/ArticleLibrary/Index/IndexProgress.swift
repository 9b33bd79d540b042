/// How far `LibraryIndex.refresh` or `update` has got, reported after each batch of files.
public struct IndexProgress: Sendable {
    /// Files read so far (new or changed ones).
    public var read: Int
    /// Files to read in this refresh.
    public var total: Int
    /// The articles the batch just written holds (new or changed files, in batch order;
    /// skipped files left out), with paths as `cachedLibrary` gives them.
    public var articles: [Article]

    /// Creates a report.
    public init(read: Int, total: Int, articles: [Article] = []) {
        self.read = read
        self.total = total
        self.articles = articles
    }
}
