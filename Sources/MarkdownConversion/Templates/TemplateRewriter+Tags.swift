extension TemplateRewriter {
    /// Appends the replacement of `tag`; returns whether it was block-level (spaces after it drop).
    mutating func apply(_ tag: TemplateTag, context: Context, aloneOnLine: Bool) -> Bool {
        switch tag.name {
        case "raw", "verbatim":
            mode = .raw(end: "end" + tag.name)
            return false
        case "codeblock", "code", "highlight":
            mode = .code(CodeCapture(opening: tag))
            return true
        case "blockquote", "quote", "pullquote":
            openQuotes.append(tag.name == "pullquote" ? "" : TemplateLinks.cite(tag.arguments))
            append("\n\n<blockquote>\n\n")
            return true
        case "endblockquote", "endquote", "endpullquote":
            guard !openQuotes.isEmpty else {
                append(TemplateMedia.verbatim(tag, context: context))
                return false
            }
            appendQuoteEnd()
            return true
        case "asset_img", "asset_image", "img", "image":
            append(TemplateMedia.image(tag, context: context))
            return false
        case "link":
            append(TemplateMedia.link(tag, context: context))
            return false
        case "youtube", "vimeo", "iframe":
            append(TemplateMedia.frame(tag, context: context))
            if aloneOnLine, context == .markdown { append("\n") }
            return false
        case "video":
            append(TemplateMedia.video(tag, context: context))
            return false
        default:
            append(TemplateMedia.verbatim(tag, context: context))
            return false
        }
    }

    /// Appends the fenced code block for a finished capture.
    mutating func appendCodeBlock(_ capture: CodeCapture) {
        append("\n\n")
        if !capture.caption.isEmpty { append(capture.caption + "\n\n") }
        let fence = capture.fence
        append(fence + capture.language + "\n")
        let code = capture.trimmedContent
        output.append(contentsOf: code)
        if !code.isEmpty { append("\n") }
        append(fence + "\n\n")
    }

    /// Closes the innermost `{% blockquote %}` with its cite line.
    mutating func appendQuoteEnd() {
        let cite = openQuotes.removeLast()
        append("\n\n" + (cite.isEmpty ? "" : cite + "\n") + "</blockquote>\n\n")
    }

    private mutating func append(_ text: String) {
        output.append(contentsOf: text.utf8)
    }
}
