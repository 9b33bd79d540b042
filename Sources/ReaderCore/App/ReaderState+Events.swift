import ArticleLibrary
import TextLayout

/// Turning terminal events into state changes and effects.
extension ReaderState {
    /// Handles one event.
    public mutating func handle(_ event: TerminalEvent) -> [Effect] {
        switch event {
        case .resize(let w, let h):
            resize(width: w, height: h)
            return []
        case .key(let key):
            return handleKey(key)
        case .scroll(let row, let column, let delta):
            scroll(row: row, column: column, delta: delta)
            return []
        case .click(let row, let column):
            return click(row: row, column: column)
        }
    }

    mutating func handleKey(_ key: Key) -> [Effect] {
        message = nil
        if isTooSmall {
            if key == .character("q") || key == .character("Q") { return [.quit] }
            return []
        }
        if let search, search.editing { return handleSearchInput(key) }
        if let librarySearch, librarySearch.editing { return handleLibrarySearchInput(key) }
        if overlay != nil { return handleOverlayKey(key) }
        if let effects = handleNumberInput(key) { return effects }
        if let search, search.pane == .reader, !search.matches.isEmpty {
            if keymap.command(for: key, in: .reader) == .nextUnread {
                jumpToMatch(forward: true)
                return []
            }
            if keymap.command(for: key, in: .reader) == .searchPrevious {
                jumpToMatch(forward: false)
                return []
            }
        }
        if key == .enter, focus == .reader, let link = open?.focusedLink {
            return openLink(link)
        }
        let context: KeyContext = focus == .reader && (open != nil || loading != nil) ? .reader : .list
        guard let command = keymap.command(for: key, in: context) else {
            if case .character(let c) = key, c.isNumber, focus == .reader, open != nil {
                pendingNumber = String(c)
                pendingImage = false
                return []
            }
            return []
        }
        return perform(command)
    }

    /// Runs a command.
    public mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: move(page)
        case .pageUp: move(-page)
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .open: return openSelected()
        case .switchFocus, .focusReader:
            if open != nil { focus = .reader } else { return openSelected() }
        case .focusList:
            focus = .list
            fullReader = false
        case .toggleFullReader:
            if open != nil {
                fullReader.toggle()
                if fullReader { focus = .reader }
                relayout()
            }
        case .close: return closeArticle()
        case .quit: return savePosition() + [.quit]
        case .nextUnread: return stepUnread(forward: true)
        case .previousUnread: return stepUnread(forward: false)
        case .nextArticle: return stepArticle(1)
        case .previousArticle: return stepArticle(-1)
        case .search:
            search = SearchState(
                pane: focus == .reader && open != nil ? .reader : .list, query: "", editing: true,
                savedSelection: selectedArticle?.path)
        case .librarySearch: startLibrarySearch()
        case .searchNext: jumpToMatch(forward: true)
        case .searchPrevious: jumpToMatch(forward: false)
        case .toggleRead: return toggleRead()
        case .toggleStar: return toggleStar()
        case .filterCategory:
            countCategories()
            overlay = .categories(selected: 0)
        case .cycleSort:
            let orders = Library.SortOrder.allCases
            sort = orders[((orders.firstIndex(of: sort) ?? 0) + 1) % orders.count]
            resort()
            refreshRows(keeping: selectedArticle?.path)
            message = ("sorted by \(sort.rawValue)", false)
        case .cycleTheme:
            themeIndex = (themeIndex + 1) % themes.count
            message = ("theme: \(themeName)", false)
        case .showWarnings:
            overlay = .warnings(top: 0)
            if warnings.isEmpty { message = ("no warnings: every file was read cleanly", false) }
        case .linkList:
            if let open, !open.rendered.document.links.isEmpty {
                overlay = .links(selected: max(0, (open.focusedLink ?? 1) - 1))
            } else {
                message = ("this article has no links", false)
            }
        case .nextLink: return focusLink(forward: true)
        case .previousLink: return focusLink(forward: false)
        case .openImage:
            guard open != nil else { return [] }
            pendingNumber = ""
            pendingImage = true
        case .help: overlay = .help(top: 0)
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .cancel: cancel()
        }
        return []
    }

    /// Rows or lines a page moves.
    var page: Int {
        focus == .reader && open != nil ? max(1, readerHeight - 2) : max(1, (layout.list?.height ?? 1) - 1)
    }

    mutating func move(_ delta: Int) {
        if focus == .reader, var article = open {
            article.top = max(0, min(maximumTop, article.top + delta))
            article.focusedLink = nil
            open = article
        } else {
            guard !rows.isEmpty else { return }
            selected = max(0, min(rows.count - 1, selected + delta))
            keepSelectionVisible()
        }
    }

    mutating func cancel() {
        pendingNumber = nil
        pendingImage = false
        if var article = open, article.focusedLink != nil {
            article.focusedLink = nil
            open = article
            return
        }
        if search != nil {
            search = nil
            refreshRows(keeping: selectedArticle?.path)
            return
        }
        if librarySearch != nil {
            clearLibrarySearch()
            return
        }
        if filter != nil {
            filter = nil
            refreshRows(keeping: selectedArticle?.path)
            message = ("filter cleared", false)
        }
    }

    mutating func resize(width w: Int, height h: Int) {
        width = w
        height = h
        relayout()
        keepSelectionVisible()
    }
}
