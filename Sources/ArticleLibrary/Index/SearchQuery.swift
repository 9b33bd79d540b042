import Foundation

/// A library search: text that must occur, and filters on metadata.
///
/// Syntax (`parse`): words separated by spaces, all of which must occur (in the title,
/// categories, tags, authors or body, case-insensitively); `"an exact phrase"`; `tag:X`,
/// `category:X` (equal to one of the article's, ignoring ASCII case), `author:X` (part of an
/// author's name); `after:DATE` (on or after) and `before:DATE` (strictly before), dates as
/// `ArticleDate.parse` reads them. A filter's value may be quoted: `tag:"machine learning"`.
/// Nothing else is special: `*`, `-`, `AND`, `(` are searched for as written.
public struct SearchQuery: Sendable, Equatable {
    /// Texts that must all occur (words and phrases).
    public var terms: [String] = []
    /// Tags the article must all have.
    public var tags: [String] = []
    /// Categories the article must all have.
    public var categories: [String] = []
    /// Texts that must each occur in the authors.
    public var authors: [String] = []
    /// The earliest date, inclusive.
    public var after: Date?
    /// The latest date, exclusive.
    public var before: Date?

    /// Creates a query.
    public init(
        terms: [String] = [], tags: [String] = [], categories: [String] = [], authors: [String] = [],
        after: Date? = nil, before: Date? = nil
    ) {
        self.terms = terms
        self.tags = tags
        self.categories = categories
        self.authors = authors
        self.after = after
        self.before = before
    }

    /// A query text that cannot be used, with the reason.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        /// What is wrong.
        public var description: String
    }

    /// Whether the query asks for nothing at all.
    public var isEmpty: Bool {
        terms.isEmpty && tags.isEmpty && categories.isEmpty && authors.isEmpty && after == nil
            && before == nil
    }

    /// Parses `text`; throws only for an `after:`/`before:` value that is not a date.
    public static func parse(_ text: String) throws -> SearchQuery {
        var query = SearchQuery()
        for (field, value) in SearchQueryLexer.tokens(text) {
            guard let field else {
                query.terms.append(value)
                continue
            }
            switch field {
            case "tag": query.tags.append(value)
            case "category": query.categories.append(value)
            case "author": query.authors.append(value)
            case "after", "before":
                guard let date = ArticleDate.parse(value) else {
                    throw ParseError(description: "\(field): '\(value)' is not a date (try 2022-01-31)")
                }
                if field == "after" { query.after = date } else { query.before = date }
            default: query.terms.append(field + ":" + value)
            }
        }
        return query
    }
}
