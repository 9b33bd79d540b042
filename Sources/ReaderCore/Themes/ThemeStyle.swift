/// A terminal color: the terminal's default, or one of the 256 indexed colors.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// An indexed color, 0–255.
    case index(Int)

    /// Names of the 16 basic colors, in index order.
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "brightblack", "brightred", "brightgreen", "brightyellow", "brightblue", "brightmagenta",
        "brightcyan",
        "brightwhite",
    ]

    /// Parses `default`, a color name (`red`, `brightblue`, `gray`), `colorN` or a number 0–255.
    public init?(parsing text: String) {
        let lower = text.lowercased()
        if lower == "default" {
            self = .terminalDefault
        } else if let index = ThemeColor.names.firstIndex(of: lower) {
            self = .index(index)
        } else if lower == "gray" || lower == "grey" {
            self = .index(8)
        } else if let n = Int(lower.hasPrefix("color") ? String(lower.dropFirst(5)) : lower),
            (0...255).contains(n)
        {
            self = .index(n)
        } else {
            return nil
        }
    }
}

/// Text attributes a theme can ask for.
public struct ThemeAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold.
    public static let bold = ThemeAttributes(rawValue: 1 << 0)
    /// Underline.
    public static let underline = ThemeAttributes(rawValue: 1 << 1)
    /// Reverse video.
    public static let reverse = ThemeAttributes(rawValue: 1 << 2)
    /// Italic.
    public static let italic = ThemeAttributes(rawValue: 1 << 3)
    /// Dim.
    public static let dim = ThemeAttributes(rawValue: 1 << 4)

    /// Attribute names as theme files write them.
    public static let named: [(String, ThemeAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("italic", .italic), ("dim", .dim),
    ]
}

/// How one role looks: colors (nil when the role leaves them to what lies beneath) and attributes.
public struct ThemeStyle: Hashable, Sendable {
    /// Foreground color.
    public var foreground: ThemeColor?
    /// Background color.
    public var background: ThemeColor?
    /// Attributes.
    public var attributes: ThemeAttributes

    /// Creates a style.
    public init(
        foreground: ThemeColor? = nil, background: ThemeColor? = nil, attributes: ThemeAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// This style with `top` laid over it: its colors where it names them, attributes added.
    public func overlaid(with top: ThemeStyle) -> ThemeStyle {
        ThemeStyle(
            foreground: top.foreground ?? foreground, background: top.background ?? background,
            attributes: attributes.union(top.attributes))
    }
}
