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
                lines += hanging("[\(image.number)] ", image.url, width: width, wrapper: wrapper)
            }
        }
        var out = ""
        for line in lines {
            out += render(line, theme: theme)
            out += "\n"
        }
        return out
    }

    /// `label` then `text` wrapped, continuation lines indented under the text.
    static func hanging(_ label: String, _ text: String, width: Int, wrapper: LineWrapper) -> [StyledLine] {
        let indent = DisplayWidth.of(label)
        guard width - indent >= 10 else { return wrapper.wrap(InlineText(label + text), width: width) }
        return wrapper.wrap(InlineText(text), width: width - indent).enumerated().map { index, line in
            var result = StyledLine([StyledSpan(index == 0 ? label : String(repeating: " ", count: indent))])
            result.append(contentsOf: line)
            return result
        }
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
