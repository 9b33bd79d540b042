/// ANSI SGR sequences for theme styles, for `folio dump --color always`.
public enum SGR {
    /// The sequence that resets attributes.
    public static let reset = "\u{1B}[0m"

    /// The sequence that sets `style` from a reset state.
    public static func sequence(for style: ThemeStyle) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.italic) { codes.append("3") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if case .index(let n) = style.foreground {
            codes.append(n < 8 ? "3\(n)" : n < 16 ? "9\(n - 8)" : "38;5;\(n)")
        }
        if case .index(let n) = style.background {
            codes.append(n < 8 ? "4\(n)" : n < 16 ? "10\(n - 8)" : "48;5;\(n)")
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
