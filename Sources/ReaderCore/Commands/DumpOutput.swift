import TextLayout

/// The text `folio dump` prints for one article.
public enum DumpOutput {
    /// The article's lines, then `Links` and `Images` lists, plain or with SGR styles.
    public static func text(_ rendered: RenderedArticle, theme: Theme?) -> String {
        var lines = rendered.document.lines
        let width = rendered.document.width
        let wrapper = LineWrapper()
        if !rendered.document.links.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine([StyledSpan("Links", style: .heading3)]))
            for link in rendered.document.links {
                lines += wrapper.wrap(
                    InlineText("[\(link.number)] \(link.url)", link: link.number), width: width)
            }
        }
        if !rendered.document.images.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine([StyledSpan("Images", style: .heading3)]))
            for image in rendered.document.images {
                lines += wrapper.wrap(InlineText("[\(image.number)] \(image.url)"), width: width)
            }
        }
        var out = ""
        for line in lines {
            out += render(line, theme: theme)
            out += "\n"
        }
        return out
    }

    private static func render(_ line: StyledLine, theme: Theme?) -> String {
        guard let theme else { return line.text }
        var out = ""
        for span in line.spans {
            let style = theme.style(for: span.style)
            if style == ThemeStyle() {
                out += span.text
            } else {
                out += SGR.sequence(for: style) + span.text + SGR.reset
            }
        }
        return out
    }
}
