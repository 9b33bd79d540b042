import ReaderCore

/// Maps theme colors to what the terminal has: indexes it lacks become the nearest basic color.
public enum ColorDegradation {
    /// The curses color number for `color` (-1: the terminal's default) on a terminal with
    /// `colors` colors; without default-color support (`use_default_colors` failed) the default
    /// is white text on black.
    public static func number(
        for color: ThemeColor?, colors: Int, defaultColors: Bool, isBackground: Bool
    ) -> Int32 {
        guard case .index(let index) = color, colors >= 8 else {
            return defaultColors ? -1 : (isBackground ? 0 : 7)
        }
        return Int32(nearest(index: index, among: colors))
    }

    /// `index` when `count` colors include it, else the nearest of the first 16 (or 8) colors
    /// by the xterm palette.
    public static func nearest(index: Int, among count: Int) -> Int {
        if index < count { return index }
        let basic = count >= 16 ? 16 : min(8, max(1, count))
        if basic == 8, (8..<16).contains(index) { return index - 8 }  // bright colors, 8-color terminal
        let target = rgb(index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<basic {
            let c = rgb(candidate)
            let d = sq(c.0 - target.0) * 3 + sq(c.1 - target.1) * 4 + sq(c.2 - target.2) * 2
            if d < bestDistance {
                bestDistance = d
                best = candidate
            }
        }
        return best
    }

    /// The xterm default RGB of color `index` (0–255).
    public static func rgb(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            return basicPalette[index]
        case 16..<232:
            let n = index - 16
            return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
        default:
            let gray = 8 + 10 * (min(index, 255) - 232)
            return (gray, gray, gray)
        }
    }

    private static func sq(_ x: Int) -> Int { x * x }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static let basicPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
