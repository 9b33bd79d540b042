import ArticleLibrary

/// Replacing the library when the disk changed under the reader.
extension ReaderState {
    /// Shows `library` in place of the current one, keeping the selection (where it was on
    /// screen), the open article and the marks made in this session; `marksForNew` gives saved
    /// marks of articles not listed before (nil: there are none to look up, and the new articles
    /// are only counted, not gathered). `sortedBy` says the library's articles are in that
    /// order already, which saves sorting them again.
    /// Returns how many articles appeared and disappeared.
    @discardableResult
    public mutating func replaceLibrary(
        _ library: Library, sortedBy: Library.SortOrder? = nil, marksForNew: (([Article]) -> Marks)?
    ) -> (added: Int, removed: Int) {
        let known = Set(articles.map(\.path))
        let added: Int
        if let marksForNew {
            let newArticles = library.articles.filter { !known.contains($0.path) }
            added = newArticles.count
            if !newArticles.isEmpty { addSavedMarks(marksForNew(newArticles)) }
        } else {
            added = library.articles.reduce(0) { $0 + (known.contains($1.path) ? 0 : 1) }
        }
        let removed = max(0, known.count - (library.articles.count - added))
        let selectedPath = selectedArticle?.path
        let offset = selected - listTop
        articles = library.articles
        listSearchKeys = ListSearchKeys()
        warnings = library.warnings
        articlesOrder = sortedBy
        recountUnread()
        resort()
        refreshRows(keeping: selectedPath)
        if selectedArticle?.path == selectedPath {
            listTop = max(0, selected - offset)
            keepSelectionVisible()
        }
        return (added, removed)
    }

    /// Adds saved marks of listed articles found after the list was shown (of new articles, or
    /// a slower exact lookup); a position set in this session wins over a saved one.
    public mutating func addSavedMarks(_ saved: Marks) {
        for path in saved.read { setRead(path, true) }
        marks.starred.formUnion(saved.starred)
        marks.positions.merge(saved.positions) { current, _ in current }
    }
}
