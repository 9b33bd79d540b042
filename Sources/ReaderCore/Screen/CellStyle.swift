import TextLayout

/// What a screen cell shows, semantically: a screen role, text roles, and an overlay.
///
/// Views never pick colors; the terminal resolves a `CellStyle` through the theme.
public struct CellStyle: Hashable, Sendable {
    /// The screen role (`title`, `status`, `list.focus.unread`, ...); nil for article text.
    public var role: String?
    /// The roles of article text in this cell.
    public var span: SpanStyle
    /// A role laid over everything (`search.match`, `link.focus`), if any.
    public var overlay: String?

    /// Creates a cell style.
    public init(role: String? = nil, span: SpanStyle = [], overlay: String? = nil) {
        self.role = role
        self.span = span
        self.overlay = overlay
    }

    /// Plain text.
    public static let plain = CellStyle()

    /// A screen role.
    public static func role(_ name: String) -> CellStyle { CellStyle(role: name) }
}

extension Theme {
    /// The resolved look of a cell.
    public func style(for cell: CellStyle) -> ThemeStyle {
        var result = style(cell.role ?? "text")
        if !cell.span.isEmpty {
            for (role, name) in Theme.textRoleOrder where cell.span.contains(role) {
                if let own = ownStyle(name) { result = result.overlaid(with: own) }
            }
        }
        if let overlay = cell.overlay, let own = ownStyle(overlay) {
            result = result.overlaid(with: own)
        }
        return result
    }
}
