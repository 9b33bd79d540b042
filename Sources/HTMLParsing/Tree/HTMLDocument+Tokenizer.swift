/// Parsing HTML text with the WHATWG `Tokenizer`.
extension HTMLDocument {
    /// Parses a complete HTML document.
    public static func parse(_ html: String, maximumDepth: Int = defaultMaximumDepth) -> HTMLDocument {
        parse(tokens: Tokenizer(html), maximumDepth: maximumDepth, inputLength: html.utf8.count)
    }

    /// Parses a complete HTML document from UTF-8 bytes; invalid sequences become U+FFFD.
    public static func parse(
        bytes: some Sequence<UInt8>, maximumDepth: Int = defaultMaximumDepth
    ) -> HTMLDocument {
        parse(tokens: Tokenizer(bytes: bytes), maximumDepth: maximumDepth)
    }

    /// Parses `html` as the content of an element called `context` (the HTML fragment
    /// parsing algorithm); the fragment's nodes are the children of `documentElement`.
    public static func parseFragment(
        _ html: String, context: String, namespace: Namespace = .html,
        maximumDepth: Int = defaultMaximumDepth
    ) -> HTMLDocument {
        let state = namespace == .html ? TreeBuilder<Tokenizer>.tokenizerState(forContext: context) : nil
        // No start tag has been emitted, so `</title>` and the like do not end the context.
        let tokenizer = Tokenizer(html, initialState: state ?? .data)
        return parseFragment(
            tokens: tokenizer, context: context, namespace: namespace, maximumDepth: maximumDepth)
    }
}
