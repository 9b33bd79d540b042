import CNcursesw
import ReaderCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// Gives the terminal back to the shell (to run a terminal browser, or before stopping):
    /// saves the program modes and ends curses. Ctrl-C, Ctrl-\ and Ctrl-Z then belong to the child.
    public func suspend() {
        guard !isClosed, !isSuspended else { return }
        isSuspended = true
        def_prog_mode()
        endwin()
        SignalState.childOwnsTerminal = 1
    }

    /// Takes the terminal again and repaints the last buffer in full at once.
    public func resume() {
        guard !isClosed, isSuspended else { return }
        SignalState.childOwnsTerminal = 0
        isSuspended = false
        reset_prog_mode()
        let buffer = shown
        invalidate()
        if let buffer, let theme = shownTheme {
            present(buffer, theme: theme)
        } else {
            clearok(window, true)
            wrefresh(window)
        }
    }

    /// Ctrl-Z: ends curses, stops the process group as the shell expects (SIGTSTP with its
    /// default action), and when the shell continues it, takes the terminal back and redraws.
    ///
    /// A process group the shell does not control (orphaned) cannot be stopped: the screen
    /// is simply redrawn.
    public func suspendToShell() {
        guard !isClosed, !isSuspended else { return }
        suspend()
        SignalState.childOwnsTerminal = 0
        var stop = sigaction()
        #if canImport(Glibc)
            stop.__sigaction_handler.sa_handler = SIG_DFL
        #else
            stop.__sigaction_u.__sa_handler = SIG_DFL
        #endif
        sigemptyset(&stop.sa_mask)
        var ours = sigaction()
        sigaction(SIGTSTP, &stop, &ours)
        kill(0, SIGTSTP)
        sigaction(SIGTSTP, &ours, nil)
        SignalState.suspendRequest = 0
        resume()
    }
}
