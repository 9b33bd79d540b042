import Foundation

/// Confirms a full-text candidate: whether an article holds a term, ignoring case, in its
/// title, categories, tags, authors or body (the columns the full-text index covers).
enum TextCheck {
    /// Whether `term` occurs in `article`'s indexed fields or in `body`.
    static func contains(_ article: Article, body: String, term: String) -> Bool {
        let fields = [article.title] + article.categories + article.tags + article.authors + [body]
        let needle = Array(term.utf8)
        // A term whose characters have no case (CJK, digits, punctuation) or only ASCII case is
        // found on the bytes; others through Foundation's case-insensitive search.
        guard term.unicodeScalars.allSatisfy({ $0.isASCII || !$0.properties.changesWhenCaseMapped }) else {
            return fields.contains { $0.range(of: term, options: .caseInsensitive) != nil }
        }
        return fields.contains { field in
            var field = field
            return field.withUTF8 { find(needle, in: $0) }
        }
    }

    /// Whether `needle` occurs in `haystack`, ASCII letters compared without case.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        let lower = fold(first)
        let upper = lower >= 0x61 && lower <= 0x7A ? lower - 0x20 : lower
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            let b = haystack[i]
            if b == lower || b == upper {
                var k = 1
                while k < needle.count, fold(haystack[i + k]) == fold(needle[k]) { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    private static func fold(_ b: UInt8) -> UInt8 {
        b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }
}
