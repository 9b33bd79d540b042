import CNcursesw
import ReaderCore

/// Turns a curses mouse event into a reader event: a left click, or a wheel step.
public struct MouseDecoder: Hashable, Sendable {
    /// The bits that mean a left press or click.
    public var leftPress: UInt32
    /// The bits that mean the wheel turned up (button 4).
    public var wheelUp: UInt32
    /// The bits that mean the wheel turned down (button 5).
    public var wheelDown: UInt32
    /// Lines one wheel notch scrolls.
    public var wheelStep: Int

    /// Creates a decoder over explicit masks.
    public init(leftPress: UInt32, wheelUp: UInt32, wheelDown: UInt32, wheelStep: Int = 3) {
        self.leftPress = leftPress
        self.wheelUp = wheelUp
        self.wheelDown = wheelDown
        self.wheelStep = wheelStep
    }

    /// The masks of the ncurses this was built against (ncurses 6 moved button 5's bits).
    public static let curses = MouseDecoder(
        leftPress: UInt32(folio_button1_pressed() | folio_button1_clicked()),
        wheelUp: UInt32(folio_button4_pressed()), wheelDown: UInt32(folio_button5_pressed()))

    /// The mask to give `mousemask`: just the events decoded here, no motion reports.
    public var interest: UInt32 { leftPress | wheelUp | wheelDown }

    /// The event for button state `buttons` at a position, or nil for anything else.
    public func event(buttons: UInt32, row: Int, column: Int) -> TerminalEvent? {
        if buttons & wheelUp != 0 { return .scroll(row: row, column: column, delta: -wheelStep) }
        if buttons & wheelDown != 0 { return .scroll(row: row, column: column, delta: wheelStep) }
        if buttons & leftPress != 0 { return .click(row: row, column: column) }
        return nil
    }
}
