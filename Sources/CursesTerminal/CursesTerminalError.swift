/// Why the terminal cannot be opened; `description` is a sentence for the user.
public enum CursesTerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output (named) is not a terminal.
    case notATerminal(stream: String)
    /// `TERM` is unset or empty.
    case termNotSet
    /// No terminfo entry describes `TERM`.
    case unknownTerminal(String)
    /// No terminfo database could be found at all.
    case noTerminfoDatabase(String)
    /// The terminal cannot move its cursor (`dumb`, hardcopy).
    case unsuitableTerminal(String)
    /// Another `CursesTerminal` is open in this process.
    case alreadyOpen
    /// ncurses refused to start on this terminal.
    case initializationFailed(String)

    /// The reason, as a sentence for the user.
    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal"
        case .termNotSet:
            return "TERM is not set"
        case .unknownTerminal(let term):
            return "unknown terminal type '\(term)' (no terminfo entry; try TERM=xterm-256color)"
        case .noTerminfoDatabase(let term):
            return "no terminfo database found to describe terminal type '\(term)'"
        case .unsuitableTerminal(let term):
            return "terminal type '\(term)' cannot move the cursor"
        case .alreadyOpen:
            return "the terminal is already open"
        case .initializationFailed(let term):
            return "ncurses could not start on terminal type '\(term)'"
        }
    }
}
