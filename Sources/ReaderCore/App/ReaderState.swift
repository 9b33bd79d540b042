import ArticleLibrary
import TextLayout

/// Everything the reader shows and remembers while it runs. Pure: events go in through
/// `handle(_:)`, effects come out as values for the event loop to perform.
public struct ReaderState: Sendable {
    /// An article being read.
    public struct OpenArticle: Sendable {
        /// Its metadata.
        public var article: Article
        /// The parsed file and body, kept to lay out again on resize.
        public var parsed: ArticleParser.Parsed
        /// The body as HTML.
        public var body: ArticleBody
        /// The layout at the reader's current width.
        public var rendered: RenderedArticle
        /// The first line shown.
        public var top = 0
        /// The focused link's number, if any.
        public var focusedLink: Int?
    }

    /// What the title bar names.
    public var libraryName: String
    /// Every article of the library.
    public internal(set) var articles: [Article]
    /// The library's warnings (`m`).
    public var warnings: [LibraryWarning]
    /// Marks: read, starred, positions (change them through the state, which keeps count).
    public internal(set) var marks: Marks
    /// How many listed articles are unread, kept up to date as marks and articles change (the
    /// title bar shows it on every screen: counting 100,000 paths each time would cost a key
    /// press several milliseconds).
    public internal(set) var unreadCount = 0
    /// The sort order (`o` cycles it).
    public internal(set) var sort: Library.SortOrder = .date
    /// The category or tag filter.
    public var filter: String?
    /// Indices into `articles` of the rows the list shows, in order.
    public internal(set) var rows: [Int] = []
    /// Indices into `articles` of every article, in the sort order (`rows` before filtering).
    public internal(set) var order: [Int] = []
    /// The order `articles` is known to be in, if any (saves sorting a library sorted already).
    var articlesOrder: Library.SortOrder?
    /// The list search's folded text of the first articles (built on the first `/` in the list).
    var listSearchKeys = ListSearchKeys()
    /// The selected row.
    public var selected = 0
    /// The first row shown.
    public var listTop = 0
    /// The pane with focus.
    public var focus: Pane = .list
    /// Whether the reader has the whole screen.
    public var fullReader = false
    /// The open article.
    public var open: OpenArticle?
    /// An article being loaded.
    public var loading: String?
    /// The incremental search, if any.
    public var search: SearchState?
    /// The search of the whole library (`S`), if any.
    public var librarySearch: LibrarySearchState?
    /// The number the next library search gets.
    var nextSearchID = 1
    /// Digits typed toward a link (or image) number.
    public var pendingNumber: String?
    /// Whether the pending number names an image (`i` was pressed).
    public var pendingImage = false
    /// The window over the panes.
    public var overlay: Overlay?
    /// Categories and tags with how many articles carry each, most used first, counted when the
    /// picker opens; the first entry (nil) clears the filter.
    public internal(set) var categoryChoices: [(name: String?, count: Int)] = []
    /// Whether `articles` is the whole library, not its first screen read before the rest.
    public var libraryComplete = true
    /// Background work to mention in the status line (`indexing 1024/100000`).
    public var progress: String?
    /// The status-line message, and whether it is an error.
    public var message: (text: String, isError: Bool)?
    /// The keymap.
    public var keymap: Keymap
    /// Theme names to cycle through, and the current one.
    public var themes: [String]
    /// The current theme's index in `themes`.
    public var themeIndex = 0
    /// The terminal size.
    public var width: Int
    /// The terminal size.
    public var height: Int

    /// Creates the state for a library; `sortedBy` says the library's articles are in that
    /// order already (as `Library.load` and `LibraryIndex.cachedLibrary` give them), which saves
    /// sorting them again.
    public init(
        libraryName: String, library: Library, sortedBy: Library.SortOrder? = nil, marks: Marks = Marks(),
        keymap: Keymap = .standard, themes: [String] = ["default"], width: Int = 80, height: Int = 24
    ) {
        self.libraryName = libraryName
        articles = library.articles
        warnings = library.warnings
        self.marks = marks
        self.keymap = keymap
        self.themes = themes.isEmpty ? ["default"] : themes
        self.width = width
        self.height = height
        articlesOrder = sortedBy
        recountUnread()
        resort()
        refreshRows(keeping: nil)
    }

    /// The current layout of the screen.
    public var layout: ScreenLayout {
        ScreenLayout(
            width: width, height: height, articleOpen: open != nil || loading != nil, fullReader: fullReader)
    }

    /// Whether the terminal is too small to use.
    public var isTooSmall: Bool { width < ScreenLayout.minimumWidth || height < ScreenLayout.minimumHeight }

    /// The selected article, if any.
    public var selectedArticle: Article? {
        rows.indices.contains(selected) ? articles[rows[selected]] : nil
    }

    /// Counts the unread articles again (after the articles changed wholesale).
    mutating func recountUnread() {
        unreadCount = articles.reduce(0) { $0 + (marks.read.contains($1.path) ? 0 : 1) }
    }

    /// Marks a listed article read or unread, keeping the count.
    mutating func setRead(_ path: String, _ value: Bool) {
        if value ? marks.read.insert(path).inserted : marks.read.remove(path) != nil {
            unreadCount += value ? -1 : 1
        }
    }

    /// The current theme's name.
    public var themeName: String { themes[themeIndex % themes.count] }

    /// Scrolls the list so the selected row is on screen.
    mutating func keepSelectionVisible() {
        let height = max(1, layout.list?.height ?? 1)
        if selected < listTop { listTop = selected }
        if selected >= listTop + height { listTop = selected - height + 1 }
        listTop = max(0, min(listTop, max(0, rows.count - height)))
    }

    /// Where the reader goes when an article is open.
    var readerRect: Rect? {
        ScreenLayout(width: width, height: height, articleOpen: true, fullReader: fullReader).reader
    }

    /// The reader's text width (the pane less a margin column on each side).
    var readerWidth: Int { max(ArticleLayout.minimumWidth, (readerRect?.width ?? width) - 2) }

    /// The width an article being loaded is laid out at.
    public var readerWidthForLoading: Int { readerWidth }

    /// The reader's height in lines.
    var readerHeight: Int { max(1, readerRect?.height ?? 1) }

    /// The last useful top line of the open article.
    var maximumTop: Int {
        guard let open else { return 0 }
        return max(0, open.rendered.document.lines.count - readerHeight)
    }
}
