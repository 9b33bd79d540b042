/// One template tag found in a body: a Hexo/Liquid/Jinja statement `{% name args %}` or an
/// expression `{{ … }}`.
struct TemplateTag: Equatable {
    /// The tag's source text, delimiters included.
    var source: String
    /// The statement's name in lowercase (`asset_img`, `endraw`), or empty for an expression.
    var name: String
    /// The statement's arguments, split at spaces, with quotes removed from quoted ones.
    var arguments: [String]
    /// Whether each argument was quoted.
    var quoted: [Bool]

    /// Parses the tag whose text (delimiters included) is `source`.
    init(source: String, isStatement: Bool) {
        self.source = source
        guard isStatement else {
            name = ""
            arguments = []
            quoted = []
            return
        }
        var inner = Substring(source.dropFirst(2).dropLast(2))
        if inner.first == "-" { inner = inner.dropFirst() }
        if inner.last == "-" { inner = inner.dropLast() }
        var words = Self.split(inner)
        name = words.isEmpty ? "" : words.removeFirst().text.lowercased()
        arguments = words.map(\.text)
        quoted = words.map(\.quoted)
    }

    /// Splits `text` at runs of spaces; `"…"` and `'…'` are single arguments without their quotes.
    static func split(_ text: Substring) -> [(text: String, quoted: Bool)] {
        var words: [(text: String, quoted: Bool)] = []
        var current = ""
        var quote: Character?
        var hasWord = false
        var wasQuoted = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'", !hasWord || current.isEmpty {
                quote = character
                hasWord = true
                wasQuoted = true
            } else if character.isWhitespace {
                if hasWord { words.append((current, wasQuoted)) }
                current = ""
                hasWord = false
                wasQuoted = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append((current, wasQuoted)) }
        return words
    }
}
