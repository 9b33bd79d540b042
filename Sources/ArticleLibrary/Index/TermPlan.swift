import Foundation

/// How one query term is looked for in the index.
///
/// The full-text table keeps, per trigram, only the rows holding it (`detail=none`). A term of
/// three or more characters matches rows that hold each of its trigrams, a superset of the rows
/// holding the term, so those matches are confirmed on the text (`needsCheck`). A term of one or
/// two characters occurs exactly where some trigram starting with it occurs (every column ends
/// in `IndexSchema.sentinel`), so it becomes an OR of the trigrams `fts_terms` lists; when those
/// are too many, the term is so common that reading rows newest first finds matches at once.
enum TermPlan: Equatable {
    /// Rows matching this FTS5 expression hold the term (or, when `needsCheck`, may).
    case match(String, needsCheck: Bool)
    /// No indexed row holds the term.
    case nowhere
    /// The term is looked for with `instr()` over each row's text.
    case scan

    /// A short term's trigrams beyond this many make it a `scan`.
    static let maxTrigrams = 2000
    /// A short term whose trigrams list more rows than this (counted once per trigram) is a `scan`.
    static let maxRows = 40000

    /// The plan for a term of three or more characters: its trigrams, ANDed (every one: the
    /// more there are, the fewer rows hold them all without the term).
    static func long(_ scalars: [Unicode.Scalar]) -> TermPlan {
        var seen = Set<String>()
        var trigrams: [String] = []
        for start in 0...(scalars.count - 3) {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<start + 3])
            if seen.insert(TermPlan.folded(text)).inserted { trigrams.append(quoted(text)) }
        }
        return .match("(" + trigrams.joined(separator: " AND ") + ")", needsCheck: true)
    }

    /// The plan for a short term whose trigrams (from `fts_terms`) are `trigrams`, listing
    /// `rows` rows in all; `trigrams` holds more than `maxTrigrams` when there are more.
    static func short(trigrams: [String], rows: Int) -> TermPlan {
        if trigrams.isEmpty { return .nowhere }
        if trigrams.count > maxTrigrams || rows > maxRows { return .scan }
        return .match("(" + trigrams.map(quoted).joined(separator: " OR ") + ")", needsCheck: false)
    }

    /// `text` as an FTS5 string: in double quotes, inner quotes doubled, so no syntax in it counts.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The term as the trigram tokenizer folds it: each scalar's simple lowercase mapping.
    static func folded(_ term: String) -> String {
        var out = ""
        for scalar in term.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let only = lower.first {
                out.unicodeScalars.append(only)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
