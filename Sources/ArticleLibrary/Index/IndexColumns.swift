import Foundation

/// How an article's fields are stored in the `files` table's columns, and read back.
enum IndexColumns {
    /// The columns read to rebuild an article, in this order.
    static let select = """
        path, skipped, warnings, date, title, title_source, date_text, authors, categories, tags,
        image, summary, url, format, front_matter, extra
        """

    /// The `ORDER BY` terms listing `files` in `order`, exactly as `Library.sort` orders
    /// articles (the collation is `TitleOrder`; date order walks the index `files_order`).
    static func order(_ order: Library.SortOrder) -> String {
        switch order {
        case .date: return "date DESC, title COLLATE \(SQLiteDatabase.titleCollation), path"
        case .title: return "title COLLATE \(SQLiteDatabase.titleCollation), path"
        case .path: return "path"
        }
    }

    /// The statement that adds one file's row.
    static let insert = """
        INSERT INTO files (path, size, mtime, skipped, warnings, date, title, title_source, date_text,
            authors, categories, tags, image, summary, url, format, front_matter, extra)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
        """

    /// The statement that adds the body of the file `insert` just added.
    static let insertBody = "INSERT INTO bodies (id, body) VALUES (last_insert_rowid(), ?1)"

    /// The list separator, U+001F: each list is stored with one before each item and one at the end.
    static let separator: Character = "\u{1F}"

    /// Binds `file` to the `insert` statement (its body goes to `insertBody`).
    static func bind(_ file: IndexedFile, to statement: SQLiteStatement) {
        statement.bind(1, file.key)
        statement.bind(2, file.size)
        statement.bind(3, file.mtime)
        statement.bind(4, file.article == nil ? 1 : 0)
        statement.bind(5, file.warnings.isEmpty ? nil : encode(warnings: file.warnings))
        guard let article = file.article else { return }
        statement.bind(6, article.date?.timeIntervalSinceReferenceDate)
        statement.bind(7, article.title)
        statement.bind(8, article.titleSource.rawValue)
        statement.bind(9, article.dateText)
        statement.bind(10, list(article.authors))
        statement.bind(11, list(article.categories))
        statement.bind(12, list(article.tags))
        statement.bind(13, article.image)
        statement.bind(14, article.summary)
        statement.bind(15, article.url)
        statement.bind(16, article.format.rawValue)
        statement.bind(17, article.frontMatter.rawValue)
        statement.bind(18, article.extra.isEmpty ? nil : encode(extra: article.extra))
    }

    /// The article (nil for a skipped file) and warnings of the row `statement` is on
    /// (columns as in `select`), with `path` as the article's path.
    static func read(_ statement: SQLiteStatement, path: String) -> (Article?, [LibraryWarning]) {
        var lists = ListCache()
        return read(statement, path: path, lists: &lists)
    }

    /// `read`, sharing the arrays of lists already met in `lists` (categories, tags and
    /// authors repeat across a library: one array each, and no splitting); `detail` says which
    /// fields to fill in.
    static func read(
        _ statement: SQLiteStatement, path: String, lists: inout ListCache, detail: ArticleDetail = .full
    ) -> (Article?, [LibraryWarning]) {
        let full = detail == .full
        let warnings = statement.text(2).map { decode(warnings: $0, path: path) } ?? []
        guard statement.int64(1) == 0 else { return (nil, warnings) }
        let article = Article(
            path: path, title: statement.string(4),
            titleSource: Article.TitleSource(rawValue: statement.string(5)) ?? .frontMatter,
            date: statement.double(3).map { Date(timeIntervalSinceReferenceDate: $0) },
            dateText: full ? statement.text(6) : nil, authors: lists.items(statement.string(7)),
            categories: lists.items(statement.string(8)), tags: lists.items(statement.string(9)),
            image: full ? statement.text(10) : nil, summary: full ? statement.text(11) : nil,
            url: full ? statement.text(12) : nil,
            format: BodyFormat(rawValue: statement.string(13)) ?? .markdown,
            frontMatter: FrontMatterKind(rawValue: statement.string(14)) ?? .none,
            extra: full ? statement.text(15).map(decode(extra:)) ?? [:] : [:])
        return (article, warnings)
    }

    /// `items` as stored: `␟a␟b␟` (separators inside items become spaces), empty for none.
    static func list(_ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        var out = String(separator)
        for item in items {
            out += item.contains(separator) ? item.replacingOccurrences(of: "\u{1F}", with: " ") : item
            out.append(separator)
        }
        return out
    }

    /// The lists read so far, by their stored text.
    struct ListCache {
        private var seen: [String: [String]] = [:]

        /// The items of `stored` (a list as `list` writes it).
        mutating func items(_ stored: String) -> [String] {
            if stored.isEmpty { return [] }
            if let known = seen[stored] { return known }
            let items = stored.split(separator: separator).map(String.init)
            if seen.count < 65536 { seen[stored] = items }
            return items
        }
    }

    /// Warnings as a JSON object: the line (or `""`) as key, the message as value, in order.
    static func encode(warnings: [LibraryWarning]) -> String {
        jsonObject(warnings.map { ($0.line.map(String.init) ?? "", $0.message) })
    }

    /// The warnings `encode(warnings:)` wrote, each naming `path`.
    static func decode(warnings text: String, path: String) -> [LibraryWarning] {
        pairs(fromJSON: text).map { LibraryWarning(path: path, line: Int($0.0), message: $0.1) }
    }

    /// A JSON object of string members, in the order given (keys may repeat).
    static func jsonObject(_ pairs: [(String, String)]) -> String {
        var json = JSONOutput(capacity: 64)
        json.byte(0x7B)
        for (n, pair) in pairs.enumerated() {
            if n > 0 { json.byte(0x2C) }
            json.string(pair.0)
            json.byte(0x3A)
            json.string(pair.1)
        }
        json.byte(0x7D)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// The members of a JSON object of strings, in order; what cannot be read is left out.
    static func pairs(fromJSON text: String) -> [(String, String)] {
        var scanner = JSONScanner(Array(text.utf8))
        var pairs: [(String, String)] = []
        try? scanner.object { scanner, key in pairs.append((key, try scanner.string())) }
        return pairs
    }

    private static func encode(extra: [String: String]) -> String {
        jsonObject(extra.keys.sorted().map { ($0, extra[$0] ?? "") })
    }

    private static func decode(extra text: String) -> [String: String] {
        Dictionary(pairs(fromJSON: text), uniquingKeysWith: { $1 })
    }
}
