import CNcursesw
import ReaderCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal: ncursesw behind the `Terminal` protocol. The only code that touches curses.
///
/// Keyboard signals (the robust choice, documented): curses runs in `cbreak` mode, so the tty
/// driver still turns Ctrl-C into SIGINT and Ctrl-Z into SIGTSTP. The handlers only set flags
/// (async-signal-safe; no curses call ever runs inside a handler):
/// - SIGTERM, SIGINT, SIGHUP, SIGQUIT set `terminationSignal`. `nextEvent` wakes at least every
///   100 ms, returns nil once it is set, and the event loop must then `close()` and exit
///   (status 128 + signal). A second such signal while the first is pending restores the
///   terminal from the handler itself (`write` + `tcsetattr`) and calls `_exit`, so a stuck
///   loop can still be interrupted with a second Ctrl-C.
/// - SIGTSTP (Ctrl-Z) makes `nextEvent` return `.key(.control("z"))`; the loop answers with
///   `suspendToShell()`, which stops the process with curses properly ended.
/// - SIGWINCH is ncurses's own: it becomes `KEY_RESIZE`, reported as `.resize`.
/// While a child owns the terminal (`suspend()`), Ctrl-C, Ctrl-\ and Ctrl-Z belong to the
/// child and are not recorded. `close()` (or, failing that, an `atexit` hook) ends curses once.
public final class CursesTerminal: Terminal {
    /// How often a waiting `nextEvent` wakes to look at the signal flags, in milliseconds.
    public static let wakeIntervalMilliseconds = 100

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let mouse: MouseDecoder?
    var styles: StyleResolver
    var previousSignals: [Int32: sigaction]
    /// The last buffer drawn and its theme (nil forces a full redraw).
    var shown: ScreenBuffer?
    var shownTheme: Theme?
    var clearNextTime = false
    var lastSize = (width: 0, height: 0)
    /// Whether `close()` has run.
    public private(set) var isClosed = false
    /// Whether the terminal is handed to the shell or a child (`suspend()`).
    public internal(set) var isSuspended = false
    /// Whether the locale draws UTF-8 (false: non-ASCII cells show as stand-ins).
    public let isUTF8: Bool

    init(
        screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, mouse: MouseDecoder?,
        styles: StyleResolver,
        previousSignals: [Int32: sigaction], isUTF8: Bool
    ) {
        self.screen = screen
        self.window = window
        self.mouse = mouse
        self.styles = styles
        self.previousSignals = previousSignals
        self.isUTF8 = isUTF8
    }

    deinit { close() }

    /// Nil when a terminal can be opened here, else the reason (for `folio: cannot open the terminal: ...`).
    public static func isUsable() -> String? {
        TerminalCheck.problem()?.description
    }

    /// The current size in cells (the last known size once closed).
    public var size: (width: Int, height: Int) {
        isClosed ? lastSize : (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// The signal that asked the program to end (SIGTERM, SIGINT, SIGHUP, SIGQUIT), if any.
    ///
    /// Check it after every `nextEvent`; when set, `close()` and exit with status 128 + signal.
    public var terminationSignal: Int32? {
        SignalState.termination == 0 ? nil : SignalState.termination
    }

    /// Whether a signal asked the program to end.
    public var terminationRequested: Bool { terminationSignal != nil }

    /// Ends curses and gives the terminal back (`endwin` exactly once); safe to call again.
    public func close() {
        guard !isClosed else { return }
        lastSize = size
        isClosed = true
        if !isSuspended { endwin() }
        SignalState.childOwnsTerminal = 0
        SignalState.deactivate()
        SignalState.restore(previousSignals)
        delscreen(screen)
    }
}
