import ArticleLibrary

/// What the event loop must do after the state handled an event: effects as values, so the
/// state itself never touches files, processes or the terminal.
public enum Effect: Equatable, Sendable {
    /// Read article `path` and hand it back with `ReaderState.articleLoaded`.
    case loadArticle(path: String)
    /// Open a URL in the browser.
    case openURL(String)
    /// Open an image URL in the image viewer.
    case openImage(String)
    /// Search the whole library in the background and hand the hits back with
    /// `ReaderState.librarySearchFinished` (or `librarySearchFailed`) under this number.
    case searchLibrary(id: Int, query: SearchQuery)
    /// Persist a change of the user's marks.
    case saveMark(MarkChange)
    /// Stop and give the terminal to the shell until resumed.
    case suspend
    /// Redraw every cell.
    case redraw
    /// End the program.
    case quit
}

/// One change of the user's state about one article.
public enum MarkChange: Equatable, Sendable {
    /// Read or unread.
    case read(path: String, Bool)
    /// Starred or not.
    case starred(path: String, Bool)
    /// The reading position.
    case position(path: String, ReadingPosition)
}
