/// Key names as the config file and the help screen write them: `j`, `J`, `Space`, `Enter`,
/// `Tab`, `S-Tab`, `Esc`, `Backspace`, `Up`, `Down`, `Left`, `Right`, `PgUp`, `PgDn`,
/// `Home`, `End`, `Delete`, `F1`–`F12`, `C-l` (Ctrl-L).
public enum KeyName {
    private static let named: [(String, Key)] = [
        ("Space", .character(" ")), ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Esc", .escape),
        ("Backspace", .backspace), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end), ("Delete", .delete),
    ]

    /// The key a name stands for, or nil for an unknown name.
    public static func key(_ name: String) -> Key? {
        if let match = named.first(where: { $0.0.lowercased() == name.lowercased() }) { return match.1 }
        if name.count == 1, let character = name.first { return .character(character) }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let letter = lower.last, letter.isLetter {
            return .control(letter)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
        return nil
    }

    /// The name of a key.
    public static func name(_ key: Key) -> String {
        if let match = named.first(where: { $0.1 == key }) { return match.0 }
        switch key {
        case .character(let c): return String(c)
        case .control(let c): return "C-\(c)"
        case .function(let n): return "F\(n)"
        default: return "?"
        }
    }
}
