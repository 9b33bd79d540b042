/// Choices made when the terminal opens.
public struct CursesOptions: Hashable, Sendable {
    /// Whether to ask for mouse reports (clicks and the wheel); while on, selecting text in
    /// the terminal emulator usually needs Shift.
    public var mouse: Bool
    /// How long ncurses waits after ESC for the rest of an escape sequence (`ESCDELAY`).
    public var escapeDelayMilliseconds: Int

    /// Creates options.
    public init(mouse: Bool = true, escapeDelayMilliseconds: Int = 25) {
        self.mouse = mouse
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
    }
}
