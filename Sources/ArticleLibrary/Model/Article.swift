import Foundation

/// An article's metadata, as listed and indexed; the body is read on demand.
public struct Article: Sendable, Equatable, Codable {
    /// Where the article's title came from.
    public enum TitleSource: String, Sendable, Codable {
        /// The front matter's `title`.
        case frontMatter
        /// The body's first heading.
        case heading
        /// The file name, when nothing better exists.
        case fileName
    }

    /// The file's path as given or found while scanning.
    public var path: String
    /// The title; never empty.
    public var title: String
    /// Where `title` came from.
    public var titleSource: TitleSource
    /// The publication instant, when the front matter names one that parses.
    public var date: Date?
    /// The date text as written, when present (kept even when it does not parse).
    public var dateText: String?
    /// Authors, in order.
    public var authors: [String]
    /// Categories, in order.
    public var categories: [String]
    /// Tags, in order.
    public var tags: [String]
    /// The lead image URL.
    public var image: String?
    /// A short description or summary.
    public var summary: String?
    /// The article's own URL, when the front matter gives one (for resolving relative links).
    public var url: String?
    /// The body's format.
    public var format: BodyFormat
    /// The front-matter syntax found.
    public var frontMatter: FrontMatterKind
    /// Every other front-matter key, its value kept as text.
    public var extra: [String: String]

    /// Creates an article.
    public init(
        path: String, title: String, titleSource: TitleSource = .frontMatter, date: Date? = nil,
        dateText: String? = nil, authors: [String] = [], categories: [String] = [],
        tags: [String] = [], image: String? = nil, summary: String? = nil, url: String? = nil,
        format: BodyFormat = .markdown, frontMatter: FrontMatterKind = .none, extra: [String: String] = [:]
    ) {
        self.path = path
        self.title = title
        self.titleSource = titleSource
        self.date = date
        self.dateText = dateText
        self.authors = authors
        self.categories = categories
        self.tags = tags
        self.image = image
        self.summary = summary
        self.url = url
        self.format = format
        self.frontMatter = frontMatter
        self.extra = extra
    }

    /// The authors joined for display, or nil when there are none.
    public var author: String? {
        authors.isEmpty ? nil : authors.joined(separator: ", ")
    }
}
