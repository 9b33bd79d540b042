/// The markers of list items.
enum ListMarker {
    /// Bullets by nesting level.
    static let bullets = ["•", "◦", "▪"]

    /// The marker of item `n` in an ordered list of `type` (`1`, `a`, `A`, `i`, `I`).
    static func ordered(_ n: Int, type: String) -> String {
        switch type {
        case "a": return (alphabetic(n) ?? String(n)).lowercased() + "."
        case "A": return (alphabetic(n) ?? String(n)) + "."
        case "i": return (roman(n) ?? String(n)).lowercased() + "."
        case "I": return (roman(n) ?? String(n)) + "."
        default: return String(n) + "."
        }
    }

    private static func alphabetic(_ n: Int) -> String? {
        guard n >= 1 else { return nil }
        var n = n
        var letters = ""
        while n > 0 {
            n -= 1
            letters = String(UnicodeScalar(UInt8(65 + n % 26))) + letters
            n /= 26
        }
        return letters
    }

    private static func roman(_ n: Int) -> String? {
        guard (1...3999).contains(n) else { return nil }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var n = n
        var out = ""
        for (value, symbol) in table {
            while n >= value {
                out += symbol
                n -= value
            }
        }
        return out
    }
}
