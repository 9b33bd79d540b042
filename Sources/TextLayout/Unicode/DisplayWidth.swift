/// Terminal column widths of scalars, grapheme clusters and strings (Unicode 15.0).
///
/// Per scalar: East Asian Wide and Fullwidth are 2; controls (Cc), format characters
/// (Cf, including U+00AD soft hyphen, U+200B, ZWJ, U+FEFF), combining marks (Mn, Me),
/// line and paragraph separators and Hangul medial and final jamo (U+1160–U+11FF,
/// U+D7B0–U+D7FF) are 0; everything else, East Asian Ambiguous included, is 1.
///
/// Per grapheme cluster: an emoji sequence (a base with Emoji_Presentation, an emoji base
/// followed by U+FE0F, a keycap, an emoji with a skin tone modifier, an emoji ZWJ sequence)
/// is 2; any other cluster is the sum of its scalars, which is what terminals that advance
/// by `wcwidth` draw (a Devanagari conjunct with a spacing vowel sign takes several columns;
/// a flag, two regional indicators of width 1, takes 2).
///
/// glibc's `wcwidth` gives width 1 to U+00AD and to the prepended concatenation marks
/// (U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891, U+08E2, U+110BD, U+110CD), where this
/// table says 0. `isTerminalUnsafeZeroWidth(_:)` flags every zero-width scalar that is not a
/// combining mark or ZWJ, so the screen layer can keep them out of its cells.
public enum DisplayWidth {
    /// The width of one scalar in columns: 0, 1 or 2.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F {
            return value >= 0x20 ? 1 : 0
        }
        return Int(WidthTable.value(scalar) & WidthTable.widthMask)
    }

    /// The width of a grapheme cluster in columns.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        let second = iterator.next()
        if second == nil {
            return of(first)
        }
        if isEmojiSequence(scalars, first: first, second: second) {
            return 2
        }
        var width = 0
        for scalar in scalars {
            width += of(scalar)
        }
        return width
    }

    /// The width of a string in columns: the sum over its grapheme clusters.
    ///
    /// Walks scalars; only a string with an emoji-related scalar is walked by `Character`.
    public static func of(_ string: some StringProtocol) -> Int {
        var width = 0
        for scalar in string.unicodeScalars {
            let value = scalar.value
            if value < 0x7F {
                width &+= value >= 0x20 ? 1 : 0
                continue
            }
            let entry = WidthTable.value(scalar)
            if needsCluster(value, entry) {
                return clusterWidth(string)
            }
            width &+= Int(entry & WidthTable.widthMask)
        }
        return width
    }

    /// Whether a zero-width scalar should stay out of terminal cells.
    ///
    /// True for controls, format characters other than ZWJ (U+00AD, U+200B, U+2060, U+FEFF,
    /// bidi controls, tags, U+0600…), line and paragraph separators, and Hangul medial and
    /// final jamo. Terminals disagree on how wide these are (glibc says 1 for some), so the
    /// screen layer drops them or draws a visible stand-in. Combining marks (Mn, Me), ZWJ and
    /// variation selectors are false: they belong in the cell of their base.
    public static func isTerminalUnsafeZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F {
            return value < 0x20
        }
        return WidthTable.value(scalar) & WidthTable.unsafeZeroWidth != 0
    }
}
