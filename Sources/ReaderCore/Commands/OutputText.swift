import TextLayout

/// The boundary where untrusted text becomes safe to print from a command.
public enum OutputText {
    /// One field of a line, through the same boundary as the reader and `dump`: C0 controls
    /// and DEL as visible pictures (ESC as ␛), C1 controls as U+FFFD, bidi controls removed,
    /// tabs and newlines as spaces.
    public static func field(_ s: String) -> String {
        TerminalSafe.sanitize(s, mode: .singleLine)
    }
}
