/// Incremental search in the list (titles, categories, tags) and in the reader (text).
extension ReaderState {
    mutating func handleSearchInput(_ key: Key) -> [Effect] {
        guard var state = search else { return [] }
        switch key {
        case .escape:
            let saved = state.savedSelection
            search = nil
            refreshRows(keeping: saved)
            return []
        case .enter:
            state.editing = false
            if state.query.isEmpty {
                search = nil
                return []
            }
            search = state
            if state.pane == .reader, state.matches.isEmpty {
                message = ("no match for \(state.query)", true)
            }
            if state.pane == .list, rows.isEmpty { message = ("no article matches \(state.query)", true) }
            return []
        case .backspace:
            guard !state.query.isEmpty else {
                search = nil
                refreshRows(keeping: state.savedSelection)
                return []
            }
            state.query.removeLast()
        case .character(let c):
            state.query.append(c)
        default:
            return []
        }
        search = state
        if state.pane == .list {
            refreshRows(keeping: selectedArticle?.path)
        } else {
            updateReaderMatches(jump: true)
        }
        return []
    }

    /// Finds every match in the open article; with `jump`, shows the first one at or after the top.
    mutating func updateReaderMatches(jump: Bool) {
        guard var state = search, state.pane == .reader, let article = open else { return }
        let matcher = TextMatcher(state.query)
        var matches: [ReaderMatch] = []
        if !matcher.isEmpty {
            for (index, line) in article.rendered.document.lines.enumerated() {
                for range in matcher.matches(in: line.text) {
                    matches.append(ReaderMatch(line: index, range: range))
                }
            }
        }
        state.matches = matches
        state.current = matches.isEmpty ? nil : (matches.firstIndex { $0.line >= article.top } ?? 0)
        search = state
        if jump, let current = state.current { show(line: matches[current].line) }
    }

    mutating func jumpToMatch(forward: Bool) {
        guard var state = search, !state.matches.isEmpty else {
            message = ("no search; press / to search", false)
            return
        }
        let count = state.matches.count
        let current = state.current ?? (forward ? -1 : count)
        let next = (current + (forward ? 1 : -1) + count) % count
        state.current = next
        search = state
        if state.pane == .reader { show(line: state.matches[next].line) }
        message = ("match \(next + 1) of \(count)", false)
    }

    /// Scrolls the reader so `line` is on screen, a third of the way down when it moves.
    mutating func show(line: Int) {
        guard var article = open else { return }
        if line < article.top || line >= article.top + readerHeight {
            article.top = max(0, min(maximumTop, line - readerHeight / 3))
        }
        open = article
    }
}
