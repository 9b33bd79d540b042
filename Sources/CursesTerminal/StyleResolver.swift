import CNcursesw
import ReaderCore

/// A resolved cell look: curses attributes and a color pair number.
struct CursesStyle: Hashable {
    /// `A_*` bits.
    var attributes: attr_t
    /// The color pair (0 when colors are off or exhausted).
    var pair: Int32
}

/// What the terminal offers for colors, read once after `start_color`.
struct ColorSupport: Hashable {
    /// `COLORS` (0 when the terminal has no colors).
    var colors: Int
    /// `COLOR_PAIRS`.
    var pairs: Int
    /// Whether `use_default_colors` succeeded (-1 means the terminal's own color).
    var defaultColors: Bool
}

/// Resolves cell styles through a theme into curses attributes and lazily created color pairs.
struct StyleResolver {
    private let support: ColorSupport
    private var table: ColorPairTable
    private var theme: Theme?
    private var byCell: [CellStyle: CursesStyle] = [:]

    /// Creates a resolver for a terminal's color support.
    init(support: ColorSupport) {
        self.support = support
        let zero: Int32 = support.defaultColors ? -1 : 0
        table = ColorPairTable(
            capacity: support.pairs,
            pairZero: .init(foreground: support.defaultColors ? -1 : 7, background: zero))
    }

    /// Resolves through `theme` from now on (color pairs already made are kept).
    mutating func use(_ theme: Theme) {
        guard theme != self.theme else { return }
        self.theme = theme
        byCell.removeAll(keepingCapacity: true)
    }

    /// The curses look of `style` under the theme in use.
    mutating func resolve(_ style: CellStyle) -> CursesStyle {
        if let known = byCell[style] { return known }
        let resolved = resolve(theme?.style(for: style) ?? ThemeStyle())
        byCell[style] = resolved
        return resolved
    }

    private mutating func resolve(_ style: ThemeStyle) -> CursesStyle {
        var attributes = folio_a_normal()
        let names: [(ThemeAttributes, attr_t)] = [
            (.bold, folio_a_bold()), (.underline, folio_a_underline()), (.reverse, folio_a_reverse()),
            (.italic, folio_a_italic()), (.dim, folio_a_dim()),
        ]
        for (attribute, bits) in names where style.attributes.contains(attribute) { attributes |= bits }
        return CursesStyle(attributes: attributes, pair: pair(for: style))
    }

    private mutating func pair(for style: ThemeStyle) -> Int32 {
        guard support.colors >= 8 else { return 0 }
        let colors = ColorPairTable.Colors(
            foreground: ColorDegradation.number(
                for: style.foreground, colors: support.colors, defaultColors: support.defaultColors,
                isBackground: false),
            background: ColorDegradation.number(
                for: style.background, colors: support.colors, defaultColors: support.defaultColors,
                isBackground: true))
        switch table.pair(for: colors) {
        case .existing(let number):
            return number
        case .new(let number):
            return init_extended_pair(number, colors.foreground, colors.background) == OK ? number : 0
        case .exhausted:
            return 0
        }
    }
}
