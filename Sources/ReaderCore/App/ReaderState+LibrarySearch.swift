import ArticleLibrary

/// Searching the whole library (`S`): the query is typed in the status line, Enter hands it to
/// the loop to run in the background, and the hits replace the list until Escape.
extension ReaderState {
    /// The most hits a library search asks for.
    public static let librarySearchLimit = 200

    /// `S`: starts typing a query, or edits the query of the results shown.
    mutating func startLibrarySearch() {
        if var current = librarySearch {
            current.editing = true
            if let shown = current.results?.query, current.running == nil { current.query = shown }
            librarySearch = current
        } else {
            librarySearch = LibrarySearchState(query: "", editing: true)
        }
    }

    mutating func handleLibrarySearchInput(_ key: Key) -> [Effect] {
        guard var state = librarySearch else { return [] }
        switch key {
        case .escape:
            stopEditingLibrarySearch()
        case .enter:
            return runLibrarySearch()
        case .backspace:
            guard !state.query.isEmpty else {
                stopEditingLibrarySearch()
                return []
            }
            state.query.removeLast()
            librarySearch = state
        case .character(let c):
            state.query.append(c)
            librarySearch = state
        case .control("u"):
            state.query = ""
            librarySearch = state
        default:
            break
        }
        return []
    }

    /// Leaves the query line; the results shown (or the search running) stay.
    private mutating func stopEditingLibrarySearch() {
        guard var state = librarySearch else { return }
        state.editing = false
        librarySearch = state.results == nil && state.running == nil ? nil : state
    }

    private mutating func runLibrarySearch() -> [Effect] {
        guard var state = librarySearch else { return [] }
        let query: SearchQuery
        do {
            query = try SearchQuery.parse(state.query)
        } catch {
            stopEditingLibrarySearch()
            message = ("library search: \(error)", true)
            return []
        }
        guard !query.isEmpty else {
            stopEditingLibrarySearch()
            return []
        }
        let id = nextSearchID
        nextSearchID += 1
        state.editing = false
        state.running = id
        state.runningQuery = state.query
        state.indexing = nil
        librarySearch = state
        return [.searchLibrary(id: id, query: query)]
    }

    /// The library search `id` found `hits` (best first): they replace the list, the best
    /// selected; no hits leave the list as it was, with a message.
    public mutating func librarySearchFinished(id: Int, hits: [SearchHit]) {
        guard var state = librarySearch, state.running == id else { return }
        state.running = nil
        state.indexing = nil
        guard !hits.isEmpty else {
            librarySearch = state
            if state.results == nil, !state.editing { librarySearch = nil }
            message = ("no article matches \(state.runningQuery)", false)
            return
        }
        if state.results == nil {
            state.savedSelection = selectedArticle?.path
            state.savedOffset = selected - listTop
        }
        state.results = LibrarySearchState.Results(
            query: state.runningQuery, hits: hits, limited: hits.count >= ReaderState.librarySearchLimit)
        librarySearch = state
        if search?.pane == .list { search = nil }
        focus = .list
        fullReader = false
        selected = 0
        listTop = 0
        refreshRows(keeping: nil)
    }

    /// The library search `id` could not run; `reason` says why.
    public mutating func librarySearchFailed(id: Int, reason: String) {
        guard var state = librarySearch, state.running == id else { return }
        state.running = nil
        state.indexing = nil
        librarySearch = state
        if state.results == nil, !state.editing { librarySearch = nil }
        message = ("library search failed: \(reason)", true)
    }

    /// The library search `id` waits for the full-text index: `done` of `total` articles added.
    public mutating func librarySearchIndexing(id: Int, done: Int, total: Int) {
        guard librarySearch?.running == id else { return }
        librarySearch?.indexing = (done, max(done, total))  // rows indexed meanwhile add to the total
    }

    /// Escape: back to the full list, with the article selected before the search where it was.
    mutating func clearLibrarySearch() {
        guard let state = librarySearch else { return }
        librarySearch = nil
        guard state.results != nil else { return }
        refreshRows(keeping: state.savedSelection)
        if let saved = state.savedSelection, selectedArticle?.path == saved {
            listTop = max(0, selected - state.savedOffset)
            keepSelectionVisible()
        }
    }

    /// The search number the loop should still work on, if any.
    public var wantedLibrarySearch: Int? { librarySearch?.running }

    /// What the status line says about the library search when nothing more pressing is shown.
    var librarySearchStatus: String? {
        guard let state = librarySearch else { return nil }
        if state.running != nil {
            let query = state.runningQuery
            if let (done, total) = state.indexing {
                return "searching \(query): indexing text for search \(done)/\(total)"
            }
            return "searching \(query)…"
        }
        return nil
    }
}
