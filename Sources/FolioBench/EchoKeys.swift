import Foundation

/// The trivial reference program for the reader's tmux figures (`folio-bench --echo-keys`):
/// draws one line at once, then answers each key by redrawing a counter, until `q`.
///
/// Run inside the same tmux setup as the reader, its first paint and key round trip are the
/// overhead of tmux, the pseudo-terminal and the polling, shown beside Folio's figures.
enum EchoKeys {
    /// The text drawn at start, which the benchmark polls for.
    static let readyText = "echo-keys ready"

    /// Runs the program on the terminal (raw mode) and gives its exit status.
    static func run() -> Int32 {
        var saved = termios()
        let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if isTerminal {
            var raw = saved
            cfmakeraw(&raw)
            tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        }
        defer { if isTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &saved) } }
        show("\u{1B}[H\u{1B}[2J\(readyText)\r\n")
        var count = 0
        var byte: UInt8 = 0
        while true {
            let result = read(STDIN_FILENO, &byte, 1)
            if result < 0 && errno == EINTR { continue }
            if result <= 0 || byte == UInt8(ascii: "q") { return 0 }
            count += 1
            show("\r\u{1B}[Kkeys: \(count)")
        }
    }

    private static func show(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
