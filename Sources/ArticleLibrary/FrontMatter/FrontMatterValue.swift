import Foundation

/// A front-matter value, reduced to what an article needs: text or a list of texts.
public enum FrontMatterValue: Sendable, Equatable {
    /// A scalar, as written (never converted to a number, date or boolean).
    case text(String)
    /// A list of scalars.
    case list([String])

    /// The value as a list: a list as is, a text split on commas (`a, b`, `a，b`).
    var items: [String] {
        switch self {
        case .list(let items):
            return items.map(FrontMatterValue.clean).filter { !$0.isEmpty }
        case .text(let text):
            return text.split(whereSeparator: { $0 == "," || $0 == "，" })
                .map { FrontMatterValue.clean(String($0)) }
                .filter { !$0.isEmpty }
        }
    }

    /// The value as one text: a text as is, a list joined with `, `.
    var text: String {
        switch self {
        case .text(let text): return text
        case .list(let items): return items.joined(separator: ", ")
        }
    }

    private static func clean(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces)
    }
}
