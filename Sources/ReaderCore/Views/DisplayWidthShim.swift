import TextLayout

/// Display width for views, and truncation with an ellipsis.
enum DisplayWidthShim {
    static func of(_ character: Character) -> Int { DisplayWidth.of(character) }

    static func of(_ text: String) -> Int { DisplayWidth.of(text) }

    /// `text` cut to at most `width` columns, ending in `…` when cut; never splits a cluster.
    static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// `text` truncated or padded with spaces to exactly `width` columns.
    static func fitted(_ text: String, to width: Int) -> String {
        let cut = truncated(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
