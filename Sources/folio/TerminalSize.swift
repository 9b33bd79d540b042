import Foundation

/// The size of the terminal standard output is connected to.
enum TerminalSize {
    /// The number of columns, or nil when standard output is not a terminal.
    static func columns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            if let env = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(env), n > 0 { return n }
            return nil
        }
        return Int(size.ws_col)
    }
}
