/// Escaping for the three places Folio writes text: HTML, Markdown text and Markdown links.
enum Escaping {
    /// Appends `bytes[range]` to `out` HTML-escaped (`&`, `<`, `>`, `"`), with NUL as U+FFFD; runs
    /// that need no escaping are copied whole.
    static func appendHTML(_ bytes: [UInt8], _ range: Range<Int>, to out: inout [UInt8]) {
        var runStart = range.lowerBound
        for index in range {
            let replacement: String
            switch bytes[index] {
            case ASCII.ampersand: replacement = "&amp;"
            case ASCII.lessThan: replacement = "&lt;"
            case ASCII.greaterThan: replacement = "&gt;"
            case ASCII.quote: replacement = "&quot;"
            case 0: replacement = "\u{FFFD}"
            default: continue
            }
            out.append(contentsOf: bytes[runStart..<index])
            out.append(contentsOf: replacement.utf8)
            runStart = index + 1
        }
        out.append(contentsOf: bytes[runStart..<range.upperBound])
    }

    /// `text` HTML-escaped.
    static func html(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        appendHTML(bytes, bytes.indices, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` with every ASCII punctuation character backslash-escaped, so cmark shows it as written.
    static func markdownText(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, isPunctuation(UInt8(scalar.value)) { out.append("\\") }
            if scalar == "\n" || scalar == "\r" { out.append(" ") } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// `url` as a pointy-bracket link destination (`<…>`), which allows spaces.
    static func markdownDestination(_ url: String) -> String {
        var out = "<"
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<", ">", "\\": out += "\\" + String(scalar)
            case "\n", "\r": out += "%20"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    /// `title` as a quoted link title (`"…"`).
    static func markdownTitle(_ title: String) -> String {
        "\"" + markdownText(title) + "\""
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
            || (byte >= 0x7B && byte <= 0x7E)
    }
}
