import Foundation

/// Finds a query in text ignoring case and treating fullwidth and halfwidth forms alike
/// (`ＡＢＣ` matches `abc`, `ｶﾀｶﾅ` matches `カタカナ`).
public struct TextMatcher: Sendable {
    private let needle: [Character]

    /// A matcher for `query`; an empty query matches nothing.
    public init(_ query: String) {
        needle = query.map(TextMatcher.fold)
    }

    /// Whether the query is empty.
    public var isEmpty: Bool { needle.isEmpty }

    /// Whether `text` contains the query.
    public func matches(_ text: String) -> Bool {
        guard !needle.isEmpty else { return false }
        return !ranges(in: text.map(TextMatcher.fold), limit: 1).isEmpty
    }

    /// The character offsets (start, length) of every non-overlapping match in `text`.
    public func matches(in text: String) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        return ranges(in: text.map(TextMatcher.fold), limit: Int.max)
    }

    private func ranges(in haystack: [Character], limit: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        guard haystack.count >= needle.count else { return result }
        var i = 0
        while i <= haystack.count - needle.count, result.count < limit {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// One character folded: compatibility forms to their plain form (NFKC, when that stays
    /// one character), then lowercase (when that stays one character).
    static func fold(_ character: Character) -> Character {
        var c = character
        if !c.isASCII {
            let compatible = String(c).precomposedStringWithCompatibilityMapping
            if compatible.count == 1, let first = compatible.first { c = first }
        }
        let lower = String(c).lowercased()
        if lower.count == 1, let first = lower.first { c = first }
        return c
    }
}
