import Foundation

/// Recovers `key: value` pairs and `- item` lists from front matter a YAML parser rejected.
///
/// Real files break YAML in simple ways (an unquoted `: ` in a title, a stray tab); reading
/// the obvious pairs line by line keeps their title, date and categories.
enum LenientKeyValues {
    static func parse(_ block: Substring) -> FrontMatterFields {
        var fields = FrontMatterFields()
        var pendingKey: String?
        var pendingItems: [String] = []

        func flush() {
            if let key = pendingKey, !pendingItems.isEmpty { fields.add(key, .list(pendingItems)) }
            pendingKey = nil
            pendingItems = []
        }

        for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if line.first == " " || line.first == "\t" || trimmed.hasPrefix("- ") {
                if pendingKey != nil, trimmed.hasPrefix("-") {
                    pendingItems.append(unquote(trimmed.dropFirst().trimmingCharacters(in: .whitespaces)))
                }
                continue
            }
            flush()
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, !key.contains(" ") || key.count < 30 else { continue }
            if value.isEmpty {
                pendingKey = key
            } else if value.hasPrefix("["), value.hasSuffix("]") {
                let inner = value.dropFirst().dropLast()
                fields.add(
                    key,
                    .list(
                        inner.split(separator: ",").map { unquote($0.trimmingCharacters(in: .whitespaces)) }))
            } else {
                fields.add(key, .text(unquote(value)))
            }
        }
        flush()
        return fields
    }

    /// `'x'` or `"x"` without its quotes.
    static func unquote(_ s: String) -> String {
        guard s.count >= 2, let first = s.first, first == "'" || first == "\"", s.last == first else {
            return s
        }
        return String(s.dropFirst().dropLast())
    }
}
