/// Text dumps of laid-out lines for tests and golden files.
extension StyledLine {
    /// The line with each styled span wrapped in its role names: `{strong}bold{/}`;
    /// a span of link N is marked `{link#N}…{/}`.
    public var dump: String {
        var out = ""
        for span in spans {
            var name = span.style.names
            if let link = span.link { name += "#\(link)" }
            if name.isEmpty {
                out += span.text
            } else {
                out += "{\(name)}\(span.text){/}"
            }
        }
        return out
    }
}

extension LaidOutDocument {
    /// Every line's dump, one per line, each ending in `|` so trailing spaces show, then the
    /// links and images lists.
    public var dump: String {
        var out = lines.map { $0.dump + "|" }.joined(separator: "\n")
        if !links.isEmpty {
            out +=
                "\n--- links\n"
                + links.map { "[\($0.number)] \($0.url) \"\($0.text)\"" }.joined(separator: "\n")
        }
        if !images.isEmpty {
            out +=
                "\n--- images\n"
                + images.map {
                    "[\($0.number)] \($0.url) \"\($0.alt)\"" + ($0.link.map { " link \($0)" } ?? "")
                }
                .joined(separator: "\n")
        }
        return out + "\n"
    }
}
