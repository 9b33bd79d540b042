import TextLayout

/// The text `folio dump` prints for one article.
public enum DumpOutput {
    /// The article's lines, then `Links` and `Images` lists, plain or with SGR styles.
    public static func text(_ rendered: RenderedArticle, theme: Theme?) -> String {
        var out = ""
        write(rendered, theme: theme) { out += $0 }
        return out
    }

    /// The same text as `text(_:theme:)`, given to `body` in pieces of about 64 KiB, so a
    /// long article never sits in memory twice.
    public static func write(_ rendered: RenderedArticle, theme: Theme?, to body: (String) throws -> Void)
        rethrows
    {
        let chunkSize = 1 << 16
        var out = ""
        out.reserveCapacity(chunkSize + 4096)
        let lines = rendered.document.lines
        for index in lines.indices {  // by index: the lines are borrowed, not copied
            append(lines[index], theme: theme, to: &out)
            if out.utf8.count >= chunkSize {
                try body(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        for line in trailer(rendered) {
            append(line, theme: theme, to: &out)
        }
        if !out.isEmpty { try body(out) }
    }

    /// The `Links` and `Images` lists after the body.
    private static func trailer(_ rendered: RenderedArticle) -> [StyledLine] {
        let width = rendered.document.width
        let wrapper = LineWrapper()
        var trailer: [StyledLine] = []
        if !rendered.document.links.isEmpty {
            trailer.append(StyledLine())
            trailer.append(StyledLine([StyledSpan("Links", style: .heading3)]))
            for link in rendered.document.links {
                trailer += wrapper.wrap(
                    InlineText("[\(link.number)] \(link.url)", link: link.number), width: width)
            }
        }
        if !rendered.document.images.isEmpty {
            trailer.append(StyledLine())
            trailer.append(StyledLine([StyledSpan("Images", style: .heading3)]))
            for image in rendered.document.images {
                trailer += hanging("[\(image.number)] ", image.url, width: width, wrapper: wrapper)
            }
        }
        return trailer
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

    /// Appends `line` and a line end to `out`, with SGR styles from `theme` when there is one.
    private static func append(_ line: StyledLine, theme: Theme?, to out: inout String) {
        for index in line.spans.indices {
            guard let theme else {
                out += line.spans[index].text
                continue
            }
            let style = theme.style(for: line.spans[index].style)
            if style == ThemeStyle() {
                out += line.spans[index].text
            } else {
                out += SGR.sequence(for: style)
                out += line.spans[index].text
                out += SGR.reset
            }
        }
        out += "\n"
    }
}
