import ArticleLibrary

/// The list's rows: every article in the sort order (`order`), then the rows shown (library
/// search results, or `order` through the category filter and the list search).
extension ReaderState {
    /// Sorts `order` again (after the sort order or the articles changed wholesale); a library
    /// known to be in the sort order already costs no comparison.
    mutating func resort() {
        if articlesOrder == sort {
            order = Array(articles.indices)
        } else {
            let sort = sort
            order = articles.indices.sorted { [articles] in
                Library.precedes(articles[$0], articles[$1], order: sort)
            }
        }
    }

    /// Whether the category filter and the list search let the article at an index through.
    mutating func rowPredicate() -> (Int) -> Bool {
        var needle: [UInt8] = []
        if let search, search.pane == .list {
            needle = ListSearchKeys.needle(search.query)
            while listSearchKeys.count < articles.count {
                listSearchKeys.append(articles[listSearchKeys.count])
            }
        }
        return { [filter, articles, listSearchKeys] index in
            if let filter {
                let article = articles[index]
                if !article.categories.contains(filter), !article.tags.contains(filter) { return false }
            }
            return needle.isEmpty || listSearchKeys.key(index, contains: needle)
        }
    }

    /// Recomputes the list's rows from the library search, the filter and the list search,
    /// keeping `path` selected when it is still shown.
    mutating func refreshRows(keeping path: String?) {
        let shows = rowPredicate()
        let source = librarySearch?.results.map(resultRows) ?? order
        rows = source.filter(shows)
        if let path, let row = rows.firstIndex(where: { articles[$0].path == path }) {
            selected = row
        } else {
            selected = min(selected, max(0, rows.count - 1))
        }
        keepSelectionVisible()
    }

    /// The indices of the articles of `results`, best first; hits not in the list are left out.
    func resultRows(_ results: LibrarySearchState.Results) -> [Int] {
        var rank: [String: Int] = [:]
        for (n, hit) in results.hits.enumerated() where rank[hit.article.path] == nil {
            rank[hit.article.path] = n
        }
        var found: [(rank: Int, index: Int)] = []
        for (index, article) in articles.enumerated() {
            if let n = rank[article.path] { found.append((n, index)) }
        }
        return found.sorted { $0.rank < $1.rank }.map(\.index)
    }

    /// Adds articles read while the list is shown (the first indexing of a library fills the
    /// list batch by batch), with their saved marks. Each goes to its sorted place. A list left
    /// at its top (first row selected, no article open) stays at the top, so the newest arrivals
    /// show; otherwise the selected article stays selected and where it was on screen as rows
    /// arrive above it. The articles must not be listed already. `expecting` is how many the list
    /// will hold once all have arrived (room is made for them at once, not by doubling).
    public mutating func addArticles(_ new: [Article], marks saved: Marks, expecting: Int = 0) {
        guard !new.isEmpty else { return }
        let first = articles.count
        if expecting > articles.capacity { articles.reserveCapacity(expecting) }
        articles += new
        unreadCount += new.reduce(0) { $0 + (marks.read.contains($1.path) ? 0 : 1) }
        addSavedMarks(saved)
        articlesOrder = nil
        let sort = sort
        let precedes: (Int, Int) -> Bool = { [articles] in
            Library.precedes(articles[$0], articles[$1], order: sort)
        }
        let added = Array(first..<articles.count).sorted(by: precedes)
        order = SortedMerge.merge(added, into: order, by: precedes).merged
        guard librarySearch?.results == nil else { return }
        let shows = rowPredicate()
        let (merged, positions) = SortedMerge.merge(
            added.filter(shows), into: rows, by: precedes)
        let wasEmpty = rows.isEmpty
        let atTop = selected == 0 && listTop == 0 && open == nil
        let offset = selected - listTop
        rows = merged
        if !wasEmpty, !atTop {
            selected = SortedMerge.shifted(selected, by: positions)
            listTop = max(0, selected - offset)
        }
        keepSelectionVisible()
    }
}
