/// Superscript and subscript characters for short `sup`/`sub` content (`mc²`, `H₂O`).
enum ScriptText {
    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ",
    ]
    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
    ]

    /// `text` in superscript (or subscript) characters, or nil when it is long or has a
    /// character without such a form.
    static func converted(_ text: String, superscript: Bool) -> String? {
        guard !text.isEmpty, text.count <= 6 else { return nil }
        let table = superscript ? superscripts : subscripts
        var out = ""
        for character in text {
            guard let mapped = table[character] else { return nil }
            out.append(mapped)
        }
        return out
    }
}
