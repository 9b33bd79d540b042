import Foundation

/// Finds a title for an article whose front matter has none.
enum TitleFinder {
    /// How far into the body a heading is looked for.
    static let searchLimit = 64 * 1024

    /// The text of the body's first heading (Markdown ATX or setext, or HTML h1–h6), if any.
    static func firstHeading(in body: Substring, format: BodyFormat) -> String? {
        // A String of its own: Foundation's range(of:) then indexes 64 KiB, not the whole body.
        let sample = Substring(String(body.prefix(searchLimit)))
        var candidates: [(String.Index, String)] = []
        if format != .html, let md = markdownHeading(sample) { candidates.append(md) }
        if format != .markdown, let html = htmlHeading(sample) { candidates.append(html) }
        return candidates.min { $0.0 < $1.0 }?.1
    }

    /// The file name without folders and extension, `-`/`_` kept.
    static func title(fromFileName path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let trimmed = TextNormalizer.singleLine(stem.hasPrefix(".") ? String(stem.dropFirst()) : stem)
        return trimmed.isEmpty ? name : trimmed
    }

    private static func markdownHeading(_ text: Substring) -> (String.Index, String)? {
        var previous: Substring?
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if inFence {
                previous = nil
                continue
            }
            if trimmed.hasPrefix("#"), line.prefix(while: { $0 == " " }).count < 4 {
                let hashes = trimmed.prefix { $0 == "#" }
                let rest = trimmed.dropFirst(hashes.count)
                if hashes.count <= 6, rest.first == " " || rest.first == "\t" {
                    let text = cleanInline(String(rest.trimmingTrailing("#")))
                    if !text.isEmpty { return (line.startIndex, text) }
                }
            }
            if let prev = previous, !prev.allSatisfy(\.isWhitespace), !trimmed.isEmpty,
                trimmed.allSatisfy({ $0 == "=" }) || (trimmed.count >= 3 && trimmed.allSatisfy({ $0 == "-" }))
            {
                let text = cleanInline(String(prev))
                if !text.isEmpty { return (prev.startIndex, text) }
            }
            previous = line
        }
        return nil
    }

    private static func htmlHeading(_ text: Substring) -> (String.Index, String)? {
        var search = text.startIndex
        while let open = text[search...].range(of: "<h", options: .caseInsensitive) {
            let levelIndex = open.upperBound
            search = levelIndex
            guard levelIndex < text.endIndex, ("1"..."6").contains(text[levelIndex]) else { continue }
            guard let tagEnd = text[levelIndex...].firstIndex(of: ">") else { return nil }
            let level = text[levelIndex]
            guard let close = text[tagEnd...].range(of: "</h\(level)", options: .caseInsensitive) else {
                continue
            }
            let inner = text[text.index(after: tagEnd)..<close.lowerBound]
            let cleaned = cleanInline(stripTags(inner))
            if !cleaned.isEmpty { return (open.lowerBound, cleaned) }
        }
        return nil
    }

    private static func stripTags(_ html: Substring) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&#39;", with: "'")
    }

    /// Heading text without Markdown emphasis marks and with `[text](url)` reduced to `text`.
    static func cleanInline(_ text: String) -> String {
        var out = ""
        var chars = Substring(text)
        while let c = chars.first {
            if c == "[", let close = chars.firstIndex(of: "]"), chars[close...].hasPrefix("]("),
                let paren = chars[close...].firstIndex(of: ")")
            {
                out += chars[chars.index(after: chars.startIndex)..<close]
                chars = chars[chars.index(after: paren)...]
                continue
            }
            if c != "*" && c != "`" && !(c == "_" && (out.isEmpty || out.last == " ")) { out.append(c) }
            chars.removeFirst()
        }
        return TextNormalizer.singleLine(out)
    }
}

extension Substring {
    /// The text without trailing `character`s and spaces (`## Title ##`).
    func trimmingTrailing(_ character: Character) -> Substring {
        var s = self
        while let last = s.last, last == character || last == " " { s.removeLast() }
        return s
    }
}
