import Foundation

/// Turns an article file's text into its metadata and body. Pure: no file access.
public enum ArticleParser {
    /// An article with its body and the problems met reading it.
    public struct Parsed: Sendable {
        /// The metadata.
        public var article: Article
        /// The body (front matter removed), line ends normalised to `\n`.
        public var body: Substring
        /// The 1-based line of the file on which the body starts.
        public var bodyLine: Int
        /// Problems met, each naming the file.
        public var warnings: [LibraryWarning]
    }

    /// Front-matter keys that name the lead image, in order of preference.
    static let imageKeys = [
        "headimg", "thumbnail", "image", "cover", "image_feature", "feature_image", "featured_image",
    ]

    /// Parses `text` (already decoded; CRLF and BOM are handled here) read from `path`.
    public static func parse(_ text: String, path: String) -> Parsed {
        let normalized = TextNormalizer.normalizeLineEnds(text)
        let split = FrontMatterSplitter.split(Substring(normalized))
        var warnings: [LibraryWarning] = []
        if let line = split.unclosedLine {
            warnings.append(
                LibraryWarning(
                    path: path, line: line, message: "front matter opened here is never closed; read as body")
            )
        }
        let result: FrontMatterResult
        switch split.kind {
        case .yaml: result = YAMLFrontMatter.parse(split.block, firstLine: split.blockLine)
        case .toml: result = TOMLFrontMatter.parse(split.block, firstLine: split.blockLine)
        case .pelican: result = PelicanHeaders.parse(split.block)
        case .none: result = FrontMatterResult()
        }
        warnings += result.problems.map { LibraryWarning(path: path, line: $0.line, message: $0.message) }
        let body = split.body
        let bodyLine = normalized[..<body.startIndex].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        var article = makeArticle(fields: result.fields, body: body, path: path, kind: split.kind)
        if let dateText = article.dateText, article.date == nil {
            warnings.append(
                LibraryWarning(
                    path: path, line: nil, message: "date '\(dateText)' is not a date Folio understands"))
        }
        if article.title.isEmpty { article.title = path }
        return Parsed(article: article, body: body, bodyLine: bodyLine, warnings: warnings)
    }

    private static func makeArticle(
        fields: FrontMatterFields, body: Substring, path: String, kind: FrontMatterKind
    ) -> Article {
        let format = BodyFormatDetector.detect(
            body: body, pathExtension: (path as NSString).pathExtension,
            declared: fields.first(["format", "markup", "content_type"])?.text)
        var title = fields.first(["title"]).map { TextNormalizer.singleLine($0.text) } ?? ""
        var titleSource = Article.TitleSource.frontMatter
        if title.isEmpty {
            if let heading = TitleFinder.firstHeading(in: body, format: format) {
                title = heading
                titleSource = .heading
            } else {
                title = TitleFinder.title(fromFileName: path)
                titleSource = .fileName
            }
        }
        let dateText = fields.first(["date", "pubdate", "published", "created"])?.text
        let known: Set<String> = Set(
            [
                "title", "date", "pubdate", "published", "created", "author", "authors", "categories",
                "category",
                "tags", "tag", "keywords", "description", "summary", "excerpt", "url", "link",
            ] + imageKeys)
        var extra: [String: String] = [:]
        for (key, value) in fields.pairs where !known.contains(key) { extra[key] = value.text }
        return Article(
            path: path, title: title, titleSource: titleSource,
            date: dateText.flatMap(ArticleDate.parse), dateText: dateText,
            authors: (fields.first(["authors", "author"])?.items ?? []).map(TitleFinder.cleanInline),
            categories: fields.first(["categories", "category"])?.items ?? [],
            tags: fields.first(["tags", "tag", "keywords"])?.items ?? [],
            image: fields.first(imageKeys)?.text.trimmingCharacters(in: .whitespaces),
            summary: fields.first(["description", "summary", "excerpt"]).map {
                TextNormalizer.singleLine($0.text)
            },
            url: fields.first(["url", "link"])?.text.trimmingCharacters(in: .whitespaces),
            format: format, frontMatter: kind, extra: extra)
    }
}
