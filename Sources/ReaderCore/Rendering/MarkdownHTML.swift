import MarkdownConversion

/// The bridge from Markdown bodies to HTML.
enum MarkdownHTML {
    static func convert(_ markdown: String) -> (html: String, notices: [String]) {
        (html: "<pre>" + escape(markdown) + "</pre>", notices: ["Markdown rendering is not available yet"])
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
