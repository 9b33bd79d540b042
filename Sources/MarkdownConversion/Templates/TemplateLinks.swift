/// Argument conventions of Hexo's tag plugins: which argument is a URL, captions, cite lines.
enum TemplateLinks {
    /// Whether `word` is a URL or a path a tag would link to.
    static func looksLikeURL(_ word: String) -> Bool {
        word.contains("://") || word.hasPrefix("/") || word.hasPrefix("www.") || word.hasPrefix("mailto:")
            || word.hasPrefix("#")
    }

    /// A Markdown caption from a code block's leftover arguments: `[title] [url] [link text]`.
    static func caption(_ words: [String]) -> String {
        guard !words.isEmpty else { return "" }
        guard let urlIndex = words.firstIndex(where: looksLikeURL) else {
            return Escaping.markdownText(words.joined(separator: " "))
        }
        let title = words[..<urlIndex].joined(separator: " ")
        let url = words[urlIndex]
        let linkText = words[(urlIndex + 1)...].joined(separator: " ")
        let link =
            "[" + Escaping.markdownText(linkText.isEmpty ? url : linkText) + "]("
            + Escaping.markdownDestination(url) + ")"
        return title.isEmpty ? link : Escaping.markdownText(title) + " " + link
    }

    /// The cite paragraph of `{% blockquote [author[, source]] [link] [link title] %}`, or empty.
    static func cite(_ words: [String]) -> String {
        var text = words
        var link: String?
        var linkTitle = ""
        if let urlIndex = words.firstIndex(where: looksLikeURL) {
            link = words[urlIndex]
            linkTitle = words[(urlIndex + 1)...].joined(separator: " ")
            text = Array(words[..<urlIndex])
        }
        let joined = text.joined(separator: " ")
        var author = joined
        var source = ""
        if let comma = joined.firstIndex(of: ",") {
            author = trimmed(joined[..<comma])
            source = trimmed(joined[joined.index(after: comma)...])
        }
        var parts: [String] = []
        if !author.isEmpty { parts.append(Escaping.html(author)) }
        if let link {
            let label = source.isEmpty ? (linkTitle.isEmpty ? link : linkTitle) : source
            parts.append("<a href=\"" + Escaping.html(link) + "\">" + Escaping.html(label) + "</a>")
        } else if !source.isEmpty {
            parts.append(Escaping.html(source))
        }
        guard !parts.isEmpty else { return "" }
        return "<p class=\"folio-cite\">— <cite>" + parts.joined(separator: ", ") + "</cite></p>"
    }

    private static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
