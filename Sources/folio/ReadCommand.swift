import ArgumentParser
import ArticleLibrary
import CursesTerminal
import Foundation
import ReaderCore

/// `folio [PATH...]`: open the library in the terminal reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the library in the terminal reader (the default command)."
    )

    @Option(help: "The color theme (a name from themes/); NO_COLOR selects mono.")
    var theme: String?

    @Argument(help: "Article files and folders (scanned recursively).")
    var paths: [String]

    /// The most articles read from the index before the first screen: more than a screen holds;
    /// the rest of a larger library follows in the background.
    static let firstScreen = 256

    /// The library to show at once, and whether it is all of it: the first screen of the index's
    /// copy when this library was indexed before; otherwise empty, filled batch by batch by the
    /// background indexing the reader starts (with its progress in the status line); read now
    /// only when there is no index to write.
    private func startingLibrary(environment: [String: String]) throws -> (
        Library, whole: Bool, cached: Bool
    ) {
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw Diagnostics.fail("\(path): \(String(cString: strerror(errno)))")
            }
        }
        guard let index = try? LibraryIndex.standard(environment: environment) else {
            let library = try Diagnostics.loadLibrary(paths: paths, sort: .date, quiet: true)
            return (
                Library(articles: library.articles.map(\.listing), warnings: library.warnings), true, false
            )
        }
        guard
            let head = index.cachedLibrary(paths: paths, limit: ReadCommand.firstScreen, detail: .listing)
        else {
            return (Library(articles: []), true, false)
        }
        return (head, head.articles.count < ReadCommand.firstScreen, true)
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (library, whole, cached) = try startingLibrary(environment: environment)
        let config = ReaderConfig.load(environment: environment)
        let store: UserStateStore
        do {
            store = try UserStateStore.standard(environment: environment)
        } catch {
            throw Diagnostics.fail("\(error)")
        }
        let (userState, stateMessages) = store.load()
        let themes = ThemeStore.standard(environment: environment)
        var themeNames = themes.names()
        let chosen = environment["NO_COLOR"] != nil ? "mono" : theme ?? config.theme ?? "default"
        if !themeNames.contains(chosen) { themeNames.insert(chosen, at: 0) }

        var state = ReaderState(
            libraryName: paths.joined(separator: " "), library: library, sortedBy: .date,
            marks: MarkBridge.folderMarks(from: userState, articles: library.articles), keymap: config.keymap,
            themes: themeNames)
        state.themeIndex = themeNames.firstIndex(of: chosen) ?? 0
        state.libraryComplete = whole
        let startup =
            config.problems + stateMessages
            + (library.warnings.isEmpty
                ? [] : ["\(library.warnings.count) files had problems; press m to see them"])
        if let first = startup.first {
            state.message = (first, !config.problems.isEmpty || !stateMessages.isEmpty)
        }

        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open()
        } catch {
            throw Diagnostics.fail("cannot open the terminal: \(error)")
        }
        var services = ReaderServices(
            loadArticle: ReaderServices.readFromDisk,
            saveMark: { change in try MarkBridge.save(change, to: store) },
            browser: config.browser ?? environment["BROWSER"].flatMap { $0.isEmpty ? nil : $0 },
            imageViewer: config.imageViewer
                ?? environment["FOLIO_IMAGE_VIEWER"].flatMap { $0.isEmpty ? nil : $0 },
            theme: { name in themes.load(name) })
        let roots = paths
        // The list holds `.listing` articles only (an opened article is read from its file), and
        // one copy of the library at a time where it can: a library shown from the cache is
        // reloaded only when the disk changed, not after its first rescan as well.
        // A first indexing that starts from no row at all hands the list every article through
        // its progress, so it is not loaded again at the end (only its warnings are).
        services.refreshLibrary = { first, progress in
            let index = try LibraryIndex.standard(environment: environment)
            let fromNothing = try first && !cached && index.fileCount(paths: roots) == 0
            let changes = try index.update(paths: roots) { report in
                var report = report
                report.articles = report.articles.map(\.listing)
                progress(report)
            }
            let changed = changes.added + changes.changed + changes.removed > 0
            if fromNothing, changes.changed == 0, changes.removed == 0 { return (nil, changes) }
            guard (first && !cached) || changed else { return (nil, changes) }
            return (index.cachedLibrary(paths: roots, detail: .listing), changes)
        }
        services.watchLibrary = { FolderWatcher(paths: roots) }
        services.libraryWarnings = {
            try? LibraryIndex.standard(environment: environment).storedWarnings(paths: roots)
        }
        services.librarySearch = LibrarySearchService.index(environment: environment, paths: roots)
        services.savedMarks = { articles in MarkBridge.marks(from: userState, articles: articles) }
        if !whole {
            services.loadWholeLibrary = {
                guard
                    let library = try? LibraryIndex.standard(environment: environment).cachedLibrary(
                        paths: roots, detail: .listing)
                else { return nil }
                return (library, MarkBridge.folderMarks(from: userState, articles: library.articles))
            }
        }
        let loop = ReaderLoop(terminal: terminal, state: state, services: services)
        loop.run()
        terminal.close()
        // Ended by SIGTERM, SIGINT or SIGHUP after saving: report it as the shell expects.
        if let signal = terminal.terminationSignal { throw ExitCode(128 + signal) }
    }
}
