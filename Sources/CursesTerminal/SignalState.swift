import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Process-wide state shared with the signal handlers, which may only touch flags.
///
/// The handlers are async-signal-safe: a first SIGTERM, SIGINT, SIGHUP or SIGQUIT only records
/// the signal (the event loop sees it through `CursesTerminal.terminationSignal` within one wake
/// interval); SIGTSTP (Ctrl-Z) only records a suspend request. A second termination signal
/// while the first is still pending means the loop is stuck: the handler then writes the
/// terminal's reset sequences with `write(2)`, restores the saved `termios` with `tcsetattr`
/// (both async-signal-safe) and calls `_exit(128 + signal)`.
enum SignalState {
    /// The signal asking the program to end, or 0.
    nonisolated(unsafe) static var termination: sig_atomic_t = 0
    /// 1 when Ctrl-Z (SIGTSTP) asked the program to suspend itself.
    nonisolated(unsafe) static var suspendRequest: sig_atomic_t = 0
    /// 1 while a child program owns the terminal: keyboard signals are meant for the child.
    nonisolated(unsafe) static var childOwnsTerminal: sig_atomic_t = 0
    /// 1 while curses owns the terminal (between `open` and `close`).
    nonisolated(unsafe) static var cursesActive: sig_atomic_t = 0
    /// Bytes that give the terminal back to the shell (reset attributes, leave the alternate
    /// screen, show the cursor, stop mouse reports); written by the emergency exit.
    nonisolated(unsafe) static var resetBytes: UnsafeMutableBufferPointer<UInt8>?
    /// The terminal modes from before curses, restored by the emergency exit.
    nonisolated(unsafe) static var shellModes: UnsafeMutablePointer<termios>?
    /// Whether the `atexit` hook is registered.
    nonisolated(unsafe) static var exitHookRegistered = false

    /// The signals whose handlers `install()` replaces.
    static let handled: [Int32] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGTSTP]

    /// Remembers what the emergency exit must restore, and marks curses active.
    static func activate(shellModes modes: termios, resetSequence: [UInt8]) {
        // curses is inactive, so no handler reads the previous buffers: free them.
        resetBytes?.deallocate()
        shellModes?.deallocate()
        resetBytes = nil
        if !resetSequence.isEmpty {
            let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: resetSequence.count)
            _ = bytes.initialize(from: resetSequence)
            resetBytes = bytes
        }
        let saved = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        saved.initialize(to: modes)
        shellModes = saved
        cursesActive = 1
        if !exitHookRegistered {
            exitHookRegistered = true
            atexit { SignalState.restoreAtExit() }
        }
    }

    /// Marks curses inactive; the buffers stay allocated until the next `activate`.
    static func deactivate() {
        cursesActive = 0
    }

    /// Clears the flags and installs the flag-setting handler for `handled`, returning the
    /// previous actions.
    static func install() -> [Int32: sigaction] {
        termination = 0
        suspendRequest = 0
        childOwnsTerminal = 0
        var previous: [Int32: sigaction] = [:]
        for signo in handled {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = { SignalState.handle($0) }
            #else
                action.__sigaction_u.__sa_handler = { SignalState.handle($0) }
            #endif
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: a blocking read in curses returns early with EINTR.
            action.sa_flags = 0
            var old = sigaction()
            if sigaction(signo, &action, &old) == 0 { previous[signo] = old }
        }
        return previous
    }

    /// Puts back the actions `install()` returned.
    static func restore(_ previous: [Int32: sigaction]) {
        for (signo, action) in previous {
            var action = action
            sigaction(signo, &action, nil)
        }
    }

    /// The signal handler: sets flags only, except on a second termination signal.
    static func handle(_ signo: Int32) {
        switch signo {
        case SIGTSTP:
            if childOwnsTerminal == 0 { suspendRequest = 1 }
        case SIGINT, SIGQUIT:
            if childOwnsTerminal == 0 { requestTermination(signo) }
        default:
            requestTermination(signo)
        }
    }

    private static func requestTermination(_ signo: Int32) {
        if termination != 0 { emergencyExit(signo) }
        termination = signo
    }

    /// Restores the terminal with async-signal-safe calls only, then ends the process.
    private static func emergencyExit(_ signo: Int32) -> Never {
        if cursesActive != 0 {
            if let bytes = resetBytes, let base = bytes.baseAddress {
                _ = write(STDOUT_FILENO, base, bytes.count)
            }
            if let modes = shellModes { tcsetattr(STDIN_FILENO, TCSAFLUSH, modes) }
        }
        _exit(128 + signo)
    }

    /// The `atexit` hook: ends curses if the program exits without `close()`.
    private static func restoreAtExit() {
        guard cursesActive != 0 else { return }
        cursesActive = 0
        if !isendwin() { endwin() }
    }
}
