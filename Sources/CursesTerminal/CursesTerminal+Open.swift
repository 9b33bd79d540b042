import CNcursesw
import ReaderCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// Opens the terminal: checks it, sets a UTF-8 locale, starts curses in `cbreak` mode.
    ///
    /// Throws `CursesTerminalError` instead of letting ncurses print and exit when standard
    /// input or output is not a terminal or `TERM` is missing, unknown or unable to address the
    /// cursor. Only one terminal may be open at a time.
    public static func open(options: CursesOptions = CursesOptions()) throws -> CursesTerminal {
        guard SignalState.cursesActive == 0 else { throw CursesTerminalError.alreadyOpen }
        if let problem = TerminalCheck.problem() { throw problem }
        let term = TerminalCheck.termName ?? ""
        let isUTF8 = LocaleSetup.configure()
        var shellModes = termios()
        tcgetattr(STDIN_FILENO, &shellModes)
        // Installed before newterm, so ncurses keeps its hands off SIGINT, SIGTERM and SIGTSTP.
        let previousSignals = SignalState.install()
        guard let screen = term.withCString({ folio_newterm($0) }), let window = folio_stdscr() else {
            SignalState.restore(previousSignals)
            throw CursesTerminalError.initializationFailed(term)
        }
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, true)
        curs_set(0)
        passFlowControlKeys()
        set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
        var support = ColorSupport(colors: 0, pairs: 0, defaultColors: false)
        if has_colors() {
            start_color()
            support.defaultColors = use_default_colors() == OK
            support = ColorSupport(
                colors: Int(folio_colors()), pairs: Int(folio_color_pairs()),
                defaultColors: support.defaultColors)
        }
        var mouse: MouseDecoder?
        if options.mouse {
            let decoder = MouseDecoder.curses
            if mousemask(mmask_t(decoder.interest), nil) != 0 {
                mouseinterval(0)
                mouse = decoder
            }
        }
        SignalState.activate(shellModes: shellModes, resetSequence: resetSequence(mouse: mouse != nil))
        return CursesTerminal(
            screen: screen, window: window, mouse: mouse, styles: StyleResolver(support: support),
            previousSignals: previousSignals, isUTF8: isUTF8)
    }

    /// Turns off XON/XOFF flow control, so that Ctrl-S and Ctrl-Q reach the reader as keys
    /// instead of freezing the screen; `def_prog_mode` makes curses keep the change.
    private static func passFlowControlKeys() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON | IXOFF)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        def_prog_mode()
    }

    /// The bytes that give an xterm-like terminal back to the shell, from terminfo.
    private static func resetSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for name in ["sgr0", "rmkx", "cnorm", "rmcup"] {
            guard let value = folio_tigetstr(name) else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        if mouse { bytes += Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8) }
        return bytes
    }
}
