import Glibc

/// Small text clean-ups shared by the readers.
enum TextNormalizer {
    /// `text` with CR LF and lone CR turned into LF and a leading BOM removed.
    static func normalizeLineEnds(_ text: String) -> String {
        var result = text
        if result.unicodeScalars.first == "\u{FEFF}" { result.unicodeScalars.removeFirst() }
        let hasCR = result.withUTF8 { bytes in
            bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
        }
        guard hasCR else { return result }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in result.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// `text` on one line: runs of whitespace (newlines, tabs) become one space, trimmed.
    static func singleLine(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in text {
            if c.isWhitespace && c != "\u{3000}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }
}
