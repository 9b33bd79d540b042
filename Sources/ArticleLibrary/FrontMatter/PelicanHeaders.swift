import Foundation

/// Reads Pelican-style `Key: value` header lines; indented lines continue the previous value.
enum PelicanHeaders {
    /// The key of a `Key: value` line, or nil when the line is not one.
    static func key(of line: Substring) -> Substring? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard let first = key.unicodeScalars.first, first.isASCII, CharacterSet.letters.contains(first),
            key.count <= 40,
            key.unicodeScalars.allSatisfy({
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-" || $0 == " ")
            })
        else { return nil }
        let after = line[line.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return key
    }

    static func parse(_ block: Substring) -> FrontMatterResult {
        var result = FrontMatterResult()
        var current: (key: String, value: String)?
        for line in block.split(separator: "\n") {
            if let key = key(of: line), !(line.first == " " || line.first == "\t") {
                if let (k, v) = current { result.fields.add(k, .text(v)) }
                let value = line[line.index(after: line.firstIndex(of: ":") ?? line.startIndex)...]
                current = (String(key), value.trimmingCharacters(in: .whitespaces))
            } else if let (k, v) = current {
                current = (k, v + " " + line.trimmingCharacters(in: .whitespaces))
            }
        }
        if let (k, v) = current { result.fields.add(k, .text(v)) }
        return result
    }
}
