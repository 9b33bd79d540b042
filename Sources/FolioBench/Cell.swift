import Foundation

/// One value in a result table, formatted for the terminal and kept raw for JSON.
enum Cell {
    /// Text, left-aligned.
    case text(String)
    /// A number shown with `digits` decimals, right-aligned.
    case number(Double, digits: Int)
    /// A byte count shown in MB (10^6 bytes), right-aligned.
    case bytes(Int)
    /// No value (not measured, tool missing), shown as a dash.
    case missing

    /// The text shown in a table.
    var formatted: String {
        switch self {
        case .text(let text): return text
        case .number(let value, let digits): return String(format: "%.\(digits)f", value)
        case .bytes(let count): return String(format: "%.1f MB", Double(count) / 1e6)
        case .missing: return "-"
        }
    }

    /// Whether the column is aligned to the right.
    var alignsRight: Bool {
        if case .text = self { return false }
        return true
    }

    /// The value for JSON: a string, a number, or null.
    var jsonValue: Any {
        switch self {
        case .text(let text): return text.trimmingCharacters(in: .whitespaces)
        case .number(let value, _): return value.isFinite ? value : NSNull()
        case .bytes(let count): return count
        case .missing: return NSNull()
        }
    }
}
