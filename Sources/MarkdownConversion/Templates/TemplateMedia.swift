/// Replacements for Hexo's image, link and embed tags, and the dim span for any other tag.
enum TemplateMedia {
    /// The class of the span that shows an unconverted tag as written.
    static let templateClass = "folio-template"

    /// `{% asset_img file [alt] %}` and `{% img [class…] url [width height] [title [alt]] %}`.
    static func image(_ tag: TemplateTag, context: TemplateRewriter.Context) -> String {
        var words = Array(zip(tag.arguments, tag.quoted))
        if tag.name == "img" || tag.name == "image" {
            if let source = words.firstIndex(where: { isImageSource($0.0) }) { words.removeFirst(source) }
        }
        guard !words.isEmpty else { return verbatim(tag, context: context) }
        let source = words.removeFirst().0
        while let first = words.first, isDimension(first.0) { words.removeFirst() }
        var title = ""
        var alt = words.map(\.0).joined(separator: " ")
        if words.count == 2, words[0].1, words[1].1 {
            title = words[0].0
            alt = words[1].0
        } else if !tag.name.hasPrefix("asset") {
            title = alt
        }
        switch context {
        case .markdown:
            let titlePart = title.isEmpty ? "" : " " + Escaping.markdownTitle(title)
            return "![" + Escaping.markdownText(alt) + "](" + Escaping.markdownDestination(source) + titlePart
                + ")"
        case .html:
            let titlePart = title.isEmpty ? "" : " title=\"" + Escaping.html(title) + "\""
            return "<img src=\"" + Escaping.html(source) + "\" alt=\"" + Escaping.html(alt) + "\"" + titlePart
                + ">"
        }
    }

    /// `{% link text url [external] [title] %}`.
    static func link(_ tag: TemplateTag, context: TemplateRewriter.Context) -> String {
        let words = tag.arguments
        guard words.count >= 2 else { return verbatim(tag, context: context) }
        let urlIndex = words.firstIndex(where: TemplateLinks.looksLikeURL) ?? words.count - 1
        guard urlIndex > 0 else { return verbatim(tag, context: context) }
        let text = words[..<urlIndex].joined(separator: " ")
        let url = words[urlIndex]
        let title = words[(urlIndex + 1)...].filter { $0 != "true" && $0 != "false" }.joined(separator: " ")
        switch context {
        case .markdown:
            let titlePart = title.isEmpty ? "" : " " + Escaping.markdownTitle(title)
            return "[" + Escaping.markdownText(text) + "](" + Escaping.markdownDestination(url) + titlePart
                + ")"
        case .html:
            let titlePart = title.isEmpty ? "" : " title=\"" + Escaping.html(title) + "\""
            return "<a href=\"" + Escaping.html(url) + "\"" + titlePart + ">" + Escaping.html(text) + "</a>"
        }
    }

    /// `{% youtube id %}`, `{% vimeo id %}`, `{% iframe url [width height] %}` as an `<iframe>`.
    static func frame(_ tag: TemplateTag, context: TemplateRewriter.Context) -> String {
        guard let first = tag.arguments.first else { return verbatim(tag, context: context) }
        var url = first
        if !first.contains("/") {
            if tag.name == "youtube" { url = "https://www.youtube.com/embed/" + first }
            if tag.name == "vimeo" { url = "https://player.vimeo.com/video/" + first }
        }
        return "<iframe src=\"" + Escaping.html(url) + "\"></iframe>"
    }

    /// `{% video url %}` as a link labelled "video".
    static func video(_ tag: TemplateTag, context: TemplateRewriter.Context) -> String {
        guard let url = tag.arguments.first(where: TemplateLinks.looksLikeURL) ?? tag.arguments.first else {
            return verbatim(tag, context: context)
        }
        switch context {
        case .markdown: return "[video](" + Escaping.markdownDestination(url) + ")"
        case .html: return "<a href=\"" + Escaping.html(url) + "\">video</a>"
        }
    }

    /// The tag exactly as written, in a dim span, so nothing disappears silently.
    static func verbatim(_ tag: TemplateTag, context: TemplateRewriter.Context) -> String {
        let text = context == .markdown ? Escaping.markdownText(tag.source) : Escaping.html(tag.source)
        return "<span class=\"" + templateClass + "\">" + text + "</span>"
    }

    private static func isImageSource(_ word: String) -> Bool {
        TemplateLinks.looksLikeURL(word) || word.contains(".") || word.contains("/")
    }

    private static func isDimension(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.numericType != nil else { return false }
        return word.unicodeScalars.allSatisfy {
            ("0"..."9").contains($0) || $0 == "%" || $0 == "p" || $0 == "x"
        }
    }
}
