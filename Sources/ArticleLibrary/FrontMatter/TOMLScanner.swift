import Foundation

/// The character-level pieces of the TOML front-matter reader.
enum TOMLScanner {
    /// The index of the `=` separating key and value, outside quotes.
    static func indexOfTopLevelEquals(_ line: String) -> String.Index? {
        var quote: Character?
        for index in line.indices {
            let c = line[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "=" {
                return index
            }
        }
        return nil
    }

    static func unquoteKey(_ key: String) -> String {
        LenientKeyValues.unquote(key)
    }

    /// Whether every `[` has its `]`, outside strings.
    static func bracketsBalance(_ text: String) -> Bool {
        var depth = 0
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "[" {
                depth += 1
            } else if c == "]" {
                depth -= 1
            }
        }
        return depth <= 0
    }

    /// A value: a string, an array of scalars, or a bare scalar kept as written.
    static func value(_ raw: String) -> FrontMatterValue? {
        var chars = Substring(raw)
        if raw.hasPrefix("[") {
            chars.removeFirst()
            var items: [String] = []
            while true {
                skipSpaceAndCommas(&chars)
                guard let first = chars.first else { return nil }
                if first == "]" { return .list(items) }
                guard let item = scalar(&chars) else { return nil }
                items.append(item)
            }
        }
        guard let text = scalar(&chars) else { return nil }
        skipSpace(&chars)
        guard chars.isEmpty || chars.first == "#" else { return nil }
        return .text(text)
    }

    private static func skipSpace(_ s: inout Substring) {
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
    }

    private static func skipSpaceAndCommas(_ s: inout Substring) {
        while let c = s.first, c == " " || c == "\t" || c == "," { s.removeFirst() }
    }

    /// One scalar from the front of `s`: a quoted string (with escapes) or a bare word.
    private static func scalar(_ s: inout Substring) -> String? {
        guard let first = s.first else { return nil }
        if s.hasPrefix("\"\"\"") || s.hasPrefix("'''") {
            let fence = s.prefix(3)
            s.removeFirst(3)
            guard let end = s.range(of: fence) else { return nil }
            let text = String(s[..<end.lowerBound])
            s = s[end.upperBound...]
            return text
        }
        if first == "'" {
            s.removeFirst()
            guard let end = s.firstIndex(of: "'") else { return nil }
            let text = String(s[..<end])
            s = s[s.index(after: end)...]
            return text
        }
        if first == "\"" {
            s.removeFirst()
            return basicString(&s)
        }
        var text = ""
        while let c = s.first, c != ",", c != "]", c != "#" {
            text.append(c)
            s.removeFirst()
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The rest of a `"…"` string after its opening quote, escapes decoded.
    private static func basicString(_ s: inout Substring) -> String? {
        var text = ""
        while let c = s.first {
            s.removeFirst()
            switch c {
            case "\"":
                return text
            case "\\":
                guard let e = s.first else { return nil }
                s.removeFirst()
                switch e {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                case "u", "U":
                    let count = e == "u" ? 4 : 8
                    let hex = s.prefix(count)
                    s.removeFirst(hex.count)
                    guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                        return nil
                    }
                    text.unicodeScalars.append(scalar)
                default: text.append(e)
                }
            default:
                text.append(c)
            }
        }
        return nil
    }
}
