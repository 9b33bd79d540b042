/// A `{% codeblock %}`, `{% code %}` or `{% highlight %}` block being collected.
struct CodeCapture {
    /// The name of the tag that ends the block (`endcodeblock`).
    var end: String
    /// The info string for the fence: a language name or empty.
    var language: String
    /// A caption shown before the code (title, link), as Markdown; empty for none.
    var caption: String
    /// The code collected so far.
    var content: [UInt8] = []

    /// The capture opened by `tag`, a `codeblock`, `code` or `highlight` statement.
    init(opening tag: TemplateTag) {
        end = "end" + tag.name
        var words = tag.arguments
        var language = ""
        if let index = words.firstIndex(where: { $0.hasPrefix("lang:") }) {
            language = String(words.remove(at: index).dropFirst(5))
        } else if tag.name == "highlight", !words.isEmpty {
            language = words.removeFirst()
            words = []
        } else if words.count == 1, !TemplateLinks.looksLikeURL(words[0]) {
            language = words.removeFirst()
        }
        self.language = String(language.unicodeScalars.filter { $0.isASCII && $0 != "`" && $0 != " " })
        caption = TemplateLinks.caption(words)
    }

    /// The fence: backticks, one more than the longest run in the code and at least three.
    var fence: String {
        var longest = 0
        var run = 0
        for byte in content {
            run = byte == ASCII.backtick ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    /// The code without the blank start after the opening tag and trailing blank lines.
    var trimmedContent: ArraySlice<UInt8> {
        var slice = content[...]
        if let newline = slice.firstIndex(of: ASCII.lineFeed),
            slice[..<newline].allSatisfy(ASCII.isSpaceOrTab)
        {
            slice = slice[(newline + 1)...]
        }
        while let last = slice.last, last == ASCII.lineFeed || ASCII.isSpaceOrTab(last) {
            slice = slice.dropLast()
        }
        return slice
    }
}
