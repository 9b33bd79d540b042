/// The one boundary where untrusted text is made harmless before it is displayed.
///
/// Removes or replaces everything a terminal would interpret rather than draw:
/// - C0 controls and DEL become their visible control pictures (ESC → ␛, BS → ␈, NUL → ␀,
///   DEL → ␡), so an injected `ESC [ 2 J` or `ESC ] 52 ;` shows as inert text;
/// - C1 controls U+0080–U+009F (single-character CSI U+009B, OSC U+009D…) become U+FFFD;
/// - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), U+061C,
///   LRM and RLM are removed (the terminal shows text in logical order);
/// - line ends follow the `Mode`: kept as `\n` in body text, one space in a single line.
///
/// Invalid UTF-8 never passes: `sanitize(utf8:mode:)` decodes with U+FFFD for bad bytes.
/// Other zero-width characters (U+00AD, U+200B, U+FEFF) are harmless here and are left to
/// the screen layer (`DisplayWidth.isTerminalUnsafeZeroWidth(_:)`).
public enum TerminalSafe {
    /// How line structure is treated.
    public enum Mode: Hashable, Sendable {
        /// Titles, URLs, list cells: every line end or tab becomes one space.
        case singleLine
        /// Article text: `\n` and `\t` are kept; CR LF, CR, NEL, U+2028 and U+2029 become `\n`.
        case body
    }

    /// The text with every control, escape and bidi-formatting character made harmless.
    public static func sanitize(_ text: String, mode: Mode = .singleLine) -> String {
        guard needsSanitizing(text, mode: mode) else { return text }
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.utf8.count)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            if afterCarriageReturn, scalar == "\n" {
                afterCarriageReturn = false
                continue  // CR LF is one line end.
            }
            afterCarriageReturn = scalar == "\r"
            switch replacement(for: scalar, mode: mode) {
            case .keep:
                output.append(scalar)
            case .drop:
                break
            case .replace(let standIn):
                output.append(standIn)
            }
        }
        return String(output)
    }

    /// Decodes untrusted bytes (invalid sequences become U+FFFD) and sanitizes the text.
    public static func sanitize(utf8 bytes: some Collection<UInt8>, mode: Mode = .singleLine) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self), mode: mode)
    }
}
