/// A key as the reader understands it.
public enum Key: Hashable, Sendable {
    /// A printable character (including CJK input).
    case character(Character)
    /// Enter / Return.
    case enter
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Escape.
    case escape
    /// Arrow keys.
    case up, down, left, right
    /// Paging and ends.
    case pageUp, pageDown, home, end
    /// Delete.
    case delete
    /// A control key, `ctrl("l")` for Ctrl-L.
    case control(Character)
    /// A function key F1–F12.
    case function(Int)
}

/// Something the terminal reports.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// The wheel scrolled at a position (negative: up).
    case scroll(row: Int, column: Int, delta: Int)
    /// A click at a position.
    case click(row: Int, column: Int)
}

/// What the event loop needs from a terminal; `CursesTerminal` is the real one, tests use a fake.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows `buffer`, resolving cell styles through `theme`; only changed cells need drawing.
    func present(_ buffer: ScreenBuffer, theme: Theme)
    /// Waits at most `timeoutMilliseconds` (negative: forever) for the next event.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
    /// Gives the terminal back to the shell (for a terminal browser, or Ctrl-Z) ...
    func suspend()
    /// ... and takes it again, redrawing everything.
    func resume()
    /// Forgets what is on screen so the next `present` redraws every cell (Ctrl-L).
    func invalidate()
    /// Whether SIGTERM, SIGINT or SIGHUP arrived: the loop then saves and ends cleanly.
    var terminationRequested: Bool { get }
}

extension Terminal {
    /// By default no signal is watched.
    public var terminationRequested: Bool { false }
}
