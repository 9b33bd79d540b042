/// Walks the `\n`-separated lines of a text without copying them.
struct LineCursor {
    private let text: Substring
    /// Where the current line starts.
    private(set) var position: Substring.Index

    init(_ text: Substring) {
        self.text = text
        position = text.startIndex
    }

    /// The current line without its `\n`, or nil at the end.
    func peek() -> Substring? {
        guard position < text.endIndex else { return nil }
        let end = text[position...].firstIndex(of: "\n") ?? text.endIndex
        return text[position..<end]
    }

    /// Whether the current line is the last one (no `\n` after it).
    var isLastLine: Bool {
        text[position...].firstIndex(of: "\n") == nil
    }

    /// Moves to the next line.
    mutating func advance() {
        guard position < text.endIndex else { return }
        if let newline = text[position...].firstIndex(of: "\n") {
            position = text.index(after: newline)
        } else {
            position = text.endIndex
        }
    }
}
