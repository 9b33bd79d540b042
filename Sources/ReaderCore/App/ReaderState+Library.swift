import ArticleLibrary

/// Replacing the library when the disk changed under the reader.
extension ReaderState {
    /// Shows `library` in place of the current one, keeping the selection, the open article
    /// and the marks made in this session; `marksForNew` gives saved marks of articles not
    /// listed before.
    /// Returns how many articles appeared and disappeared.
    @discardableResult
    public mutating func replaceLibrary(_ library: Library, marksForNew: ([Article]) -> Marks) -> (
        added: Int, removed: Int
    ) {
        let known = Set(articles.map(\.path))
        let newArticles = library.articles.filter { !known.contains($0.path) }
        let removed = known.subtracting(library.articles.map(\.path)).count
        if !newArticles.isEmpty {
            let saved = marksForNew(newArticles)
            marks.read.formUnion(saved.read)
            marks.starred.formUnion(saved.starred)
            marks.positions.merge(saved.positions) { current, _ in current }
        }
        let selectedPath = selectedArticle?.path
        articles = library.articles
        warnings = library.warnings
        refreshRows(keeping: selectedPath)
        return (newArticles.count, removed)
    }
}
