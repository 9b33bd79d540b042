/// Escaping for the three places Folio writes text: HTML, Markdown text and Markdown links.
enum Escaping {
    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Appends `bytes` to `out` HTML-escaped (`&`, `<`, `>`, `"`), with NUL as U+FFFD.
    static func appendHTML<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to out: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case ASCII.ampersand: out.append(contentsOf: "&amp;".utf8)
            case ASCII.lessThan: out.append(contentsOf: "&lt;".utf8)
            case ASCII.greaterThan: out.append(contentsOf: "&gt;".utf8)
            case ASCII.quote: out.append(contentsOf: "&quot;".utf8)
            case 0: out.append(contentsOf: replacementCharacter)
            default: out.append(byte)
            }
        }
    }

    /// `text` HTML-escaped.
    static func html(_ text: String) -> String {
        var out: [UInt8] = []
        appendHTML(text.utf8, to: &out)
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
