import ArticleLibrary
import Foundation

/// The one event loop: draw, wait for an event, update the state, perform its effects.
public final class ReaderLoop {
    private let terminal: Terminal
    private let services: ReaderServices
    /// The state, readable after the loop ends (tests).
    public private(set) var state: ReaderState
    private var theme: Theme
    private var themeName: String
    private let loader: ArticleLoader
    private let refresher: LibraryRefresher?
    private let searcher: LibrarySearcher?
    /// Whether the list started empty and fills from the first indexing as it goes.
    private var filling: Bool
    /// The saved marks of the first articles shown, looked up exactly after the first screen.
    private let startingMarks = BackgroundResult<Marks>()
    /// The rest of a library the reader started from the first screen of.
    private let wholeLibrary = BackgroundResult<(Library, Marks)?>()

    /// Creates a loop over `terminal`.
    public init(terminal: Terminal, state: ReaderState, services: ReaderServices) {
        self.terminal = terminal
        self.services = services
        var state = state
        let size = terminal.size
        _ = state.handle(.resize(width: size.width, height: size.height))
        let loaded = services.theme(state.themeName)
        if let problem = loaded.messages.first { state.message = (problem, true) }
        theme = loaded.theme
        themeName = state.themeName
        self.state = state
        loader = ArticleLoader(read: services.loadArticle)
        refresher = services.refreshLibrary.map {
            LibraryRefresher(watch: services.watchLibrary, refresh: $0)
        }
        searcher = services.librarySearch.map { LibrarySearcher(service: $0) }
        filling = refresher != nil && state.articles.isEmpty
    }

    /// Runs until the user quits or a termination signal arrives.
    public func run() {
        // A search-index catch-up left running would leave its write-ahead log for the next
        // start to recover (tens of megabytes at 100,000 articles).
        defer { searcher?.close(waitingUpTo: 0.5) }
        if let load = services.loadWholeLibrary, !state.libraryComplete {
            // The index's rescan waits for the whole library, so its result never races it.
            wholeLibrary.start(load)
        } else {
            state.libraryComplete = true
            refresher?.start()
        }
        if filling { state.progress = "scanning the folders…" }
        present()
        if state.libraryComplete { startExactMarks() }
        while true {
            if terminal.terminationRequested {
                perform(state.perform(.quit))
                return
            }
            // While an article loads, a search runs or the first indexing fills the list, wake
            // often to show what is ready at once (the first titles too: a 200 ms tick was most
            // of a new library's first paint).
            let busy = loader.isBusy || searcher?.isBusy == true || filling
            let event = terminal.nextEvent(timeoutMilliseconds: busy ? 20 : 200)
            if let event, perform(state.handle(event)) { return }
            let delivered = deliverLoadedArticles()
            let refreshed = deliverLibraryUpdates()
            let found = deliverSearchReports()
            let marked = startingMarks.take().map { state.addSavedMarks($0) } != nil
            let completed = wholeLibrary.take().map(completeLibrary) != nil
            searcher?.want(state.wantedLibrarySearch)
            if event == nil && !delivered && !refreshed && !found && !marked && !completed {
                refresher?.start(onlyIfDue: true)
                Launcher.reapChildren()
                continue
            }
            present()
        }
    }

    /// Looks up the saved marks of the articles shown exactly, in the background: only what the
    /// quick lookup by folder missed (links to files) is added; marks changed since stay.
    private func startExactMarks() {
        guard !state.articles.isEmpty else { return }
        let (articles, savedMarks, shown) = (state.articles, services.savedMarks, state.marks)
        startingMarks.start {
            let exact = savedMarks(articles)
            return Marks(
                read: exact.read.subtracting(shown.read), starred: exact.starred.subtracting(shown.starred),
                positions: exact.positions.filter { shown.positions[$0.key] == nil })
        }
    }

    /// Shows the whole library in place of its first screen, then starts the index's rescan.
    private func completeLibrary(_ loaded: (Library, Marks)?) {
        if let (library, marks) = loaded {
            state.addSavedMarks(marks)
            state.replaceLibrary(library, sortedBy: .date, marksForNew: nil)
        }
        state.libraryComplete = true
        refresher?.start()
        startExactMarks()
    }

    /// Draws the state.
    private func present() {
        if state.themeName != themeName {
            let loaded = services.theme(state.themeName)
            theme = loaded.theme
            themeName = state.themeName
            if let problem = loaded.messages.first { state.message = (problem, true) }
        }
        terminal.present(ScreenRenderer.render(state), theme: theme)
    }

    /// Performs effects; true when the program should end.
    @discardableResult
    private func perform(_ effects: [Effect]) -> Bool {
        var quit = false
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .loadArticle(let path):
                loader.start(path, width: state.readerWidthForLoading)
            case .searchLibrary(let id, let query):
                if let searcher {
                    searcher.start(id: id, query: query, limit: ReaderState.librarySearchLimit)
                } else {
                    state.librarySearchFailed(id: id, reason: "this reader has no library index")
                }
            case .openURL(let url):
                open(url, commandLine: services.browser)
            case .openImage(let url):
                open(url, commandLine: services.imageViewer ?? services.browser)
            case .saveMark(let change):
                do {
                    try services.saveMark(change)
                } catch {
                    state.message = ("cannot save your marks: \(error)", true)
                }
            case .suspend:
                terminal.suspend()
                kill(getpid(), SIGSTOP)
                terminal.resume()
            case .redraw:
                terminal.invalidate()
            case .quit:
                quit = true
            }
        }
        return quit
    }

    /// Applies what the background refresh found; true when the screen changed.
    private func deliverLibraryUpdates() -> Bool {
        guard let refresher else { return false }
        let updates = refresher.takeUpdates()
        for update in updates {
            switch update {
            case .progress(let report):
                if report.total > 0 { state.progress = "indexing \(report.read)/\(report.total)" }
                if filling, !report.articles.isEmpty {
                    state.addArticles(
                        report.articles, marks: services.savedMarks(report.articles),
                        expecting: state.articles.count + report.total - report.read + report.articles.count)
                }
            case .finished(let library, let changes):
                state.progress = nil
                searcher?.prepare()
                let first = filling
                filling = false
                guard let library else {
                    if first, let warnings = services.libraryWarnings?() { showFirstWarnings(warnings) }
                    continue
                }
                let shown = state.articles.count
                let (added, removed) = state.replaceLibrary(
                    library, sortedBy: .date, marksForNew: services.savedMarks)
                if first { showFirstWarnings(library.warnings) }
                // The first indexing of a library shown already is not news; later changes are.
                let changed = shown == 0 || first ? 0 : changes.changed
                if shown > 0, !first, added + removed + changed > 0, state.message == nil {
                    state.message = ("library: \(added) new, \(changed) changed, \(removed) removed", false)
                }
            case .failed(let message):
                state.progress = nil
                filling = false
                state.message = (message, true)
            }
        }
        return !updates.isEmpty
    }

    /// Shows the first indexing's warnings, with a word about them in the status line.
    private func showFirstWarnings(_ warnings: [LibraryWarning]) {
        state.warnings = warnings
        if !warnings.isEmpty, state.message == nil {
            state.message = ("\(warnings.count) files had problems; press m to see them", false)
        }
    }

    /// Applies what background searches found; true when there was something.
    private func deliverSearchReports() -> Bool {
        guard let searcher else { return false }
        let reports = searcher.takeReports()
        for report in reports {
            switch report {
            case .indexing(let id, let done, let total):
                state.librarySearchIndexing(id: id, done: done, total: total)
            case .found(let id, let hits):
                state.librarySearchFinished(id: id, hits: hits)
            case .failed(let id, let reason):
                state.librarySearchFailed(id: id, reason: reason)
            }
        }
        return !reports.isEmpty
    }

    /// Shows articles the loader finished; true when there was one.
    private func deliverLoadedArticles() -> Bool {
        let results = loader.takeFinished()
        for result in results {
            switch result {
            case .loaded(let parsed, let body, let rendered):
                perform(state.articleLoaded(parsed, body: body, rendered: rendered))
                if state.open?.article.path == parsed.article.path, state.message == nil,
                    let warning = parsed.warnings.first
                {
                    state.message = (warning.description, true)
                }
            case .failed(let path, let warning):
                state.articleFailed(path: path, reason: warning.message)
            }
        }
        return !results.isEmpty
    }

    /// Runs the browser: a configured command with the terminal handed over and waited for;
    /// `xdg-open` in the background with its output discarded.
    private func open(_ url: String, commandLine: String?) {
        do {
            if let commandLine {
                let arguments = try CommandLineWords.arguments(commandLine, url: url)
                terminal.suspend()
                defer { terminal.resume() }
                let status = try Launcher.run(arguments, mode: .foreground)
                if let status, status != 0 {
                    state.message = ("\(arguments[0]) exited with status \(status)", true)
                }
            } else {
                try Launcher.run(["xdg-open", url], mode: .detached)
            }
        } catch let failure as Launcher.Failure {
            state.message = (failure.description, true)
        } catch {
            state.message = ("cannot open \(url): the browser command has an unclosed quote", true)
        }
    }
}
