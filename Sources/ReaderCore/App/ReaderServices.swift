import ArticleLibrary
import Foundation

/// The input and output the event loop performs for the state: files, programs, themes.
public struct ReaderServices: Sendable {
    /// Reads an article for display.
    public var loadArticle: @Sendable (String) -> Result<ArticleParser.Parsed, LibraryWarning>
    /// Persists a change of marks; throws when it cannot be saved.
    public var saveMark: @Sendable (MarkChange) throws -> Void
    /// The browser command line (config, then `$BROWSER`), or nil for `xdg-open`.
    public var browser: String?
    /// The image viewer command line (config, then `$FOLIO_IMAGE_VIEWER`), or nil for the browser.
    public var imageViewer: String?
    /// Loads a theme by name, with messages about problems.
    public var theme: @Sendable (String) -> ThemeStore.Loaded
    /// Brings the library index up to date (on a background queue) and returns the library,
    /// sorted by date;
    /// nil when the reader has no index and shows the library it was given.
    /// The first argument says whether this is the first refresh; the library comes back only
    /// when it is (unless its progress delivered every article), or when something changed. Progress reports carry the articles each batch
    /// read, which fill the list while a library is indexed for the first time.
    public var refreshLibrary:
        (@Sendable (Bool, @escaping @Sendable (IndexProgress) -> Void) throws -> (Library?, IndexChanges))?
    /// The library's warnings without loading it: asked for when the first indexing of a new
    /// library handed the list every article through its progress and its refresh returned no
    /// library (so the list is never held twice).
    public var libraryWarnings: (@Sendable () -> [LibraryWarning]?)?
    /// Searches the whole library (`S`) from a background queue; nil when there is no index.
    public var librarySearch: LibrarySearchService?
    /// When the reader starts from the first screen of the index's library
    /// (`ReaderState.libraryComplete` false): the whole of it, sorted by date, with the saved
    /// marks of its articles (`MarkBridge.folderMarks`); run on a background queue.
    public var loadWholeLibrary: (@Sendable () -> (Library, Marks)?)?
    /// Watches the library's folders for changes (made on a background queue after the first
    /// refresh); nil, or a nil watcher, keeps the rescan every few seconds.
    public var watchLibrary: (@Sendable () -> FolderWatcher?)?
    /// The saved marks of articles, for articles that appear while the reader runs.
    public var savedMarks: @Sendable ([Article]) -> Marks = { _ in Marks() }

    /// Creates services.
    public init(
        loadArticle: @escaping @Sendable (String) -> Result<ArticleParser.Parsed, LibraryWarning>,
        saveMark: @escaping @Sendable (MarkChange) throws -> Void,
        browser: String?, imageViewer: String?,
        theme: @escaping @Sendable (String) -> ThemeStore.Loaded
    ) {
        self.loadArticle = loadArticle
        self.saveMark = saveMark
        self.browser = browser
        self.imageViewer = imageViewer
        self.theme = theme
    }

    /// Reads articles from disk with the display limit.
    public static let readFromDisk: @Sendable (String) -> Result<ArticleParser.Parsed, LibraryWarning> = {
        path in
        switch ArticleFileReader.read(path: path, limit: ArticleFileReader.readingLimit) {
        case .article(let parsed): return .success(parsed)
        case .skipped(let warning): return .failure(warning)
        }
    }
}
