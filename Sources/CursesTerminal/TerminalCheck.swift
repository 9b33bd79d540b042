import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks that curses can start, without letting ncurses print an error and exit.
enum TerminalCheck {
    /// The `TERM` value of the process, if set and non-empty.
    static var termName: String? {
        guard let value = getenv("TERM") else { return nil }
        let name = String(cString: value)
        return name.isEmpty ? nil : name
    }

    /// Why curses cannot start here, or nil when it can.
    static func problem() -> CursesTerminalError? {
        guard isatty(STDIN_FILENO) == 1 else { return .notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { return .notATerminal(stream: "standard output") }
        guard let term = termName else { return .termNotSet }
        switch term.withCString({ folio_probe_terminal($0, STDOUT_FILENO) }) {
        case 1: return nil
        case -1: return .noTerminfoDatabase(term)
        case 2: return .unsuitableTerminal(term)
        default: return .unknownTerminal(term)
        }
    }
}
