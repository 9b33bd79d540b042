/// How much of each article a library load fills in.
public enum ArticleDetail: Sendable {
    /// Every field.
    case full
    /// What a list of articles shows, sorts and filters by: path, title, date, authors,
    /// categories, tags, formats. `dateText`, `image`, `summary`, `url` and `extra` stay empty
    /// (an opened article is read again from its file), which saves a large library's memory.
    case listing
}

extension Article {
    /// This article with only the fields `ArticleDetail.listing` keeps.
    public var listing: Article {
        var copy = self
        copy.dateText = nil
        copy.image = nil
        copy.summary = nil
        copy.url = nil
        copy.extra = [:]
        return copy
    }
}
