/// Parsing entry points that take any token source.
extension HTMLDocument {
    /// The default bound on the depth of the tree: no element has more than this many element
    /// ancestors (`<html>` is at depth 0, so its children are at 1; text may sit one level below
    /// the deepest element). It matches the parser's count of open elements: while at most N
    /// are open (`<html>` included), a new element goes inside the current node, at depth N at
    /// most; past N, beside it. Any `maximumDepth` below 1 counts as 1.
    public static let defaultMaximumDepth = 512

    /// Builds a document from the tokens of `source` with the WHATWG tree construction rules.
    /// Past `maximumDepth` open elements, new elements become siblings of their parent rather
    /// than children, and elements that tree repairs moved deeper are lifted to the bound
    /// afterwards, so no element is deeper than `maximumDepth` (see `defaultMaximumDepth`)
    /// whatever the input.
    public static func parse<Source: TokenSource>(
        tokens source: Source, maximumDepth: Int = defaultMaximumDepth
    ) -> HTMLDocument {
        parse(tokens: source, maximumDepth: maximumDepth, inputLength: 0)
    }

    /// `parse(tokens:maximumDepth:)` with the input's length in bytes, used to reserve the
    /// arena: real pages average well over 32 bytes per node.
    static func parse<Source: TokenSource>(
        tokens source: Source, maximumDepth: Int, inputLength: Int
    ) -> HTMLDocument {
        var builder = TreeBuilder(source: source, maximumDepth: maximumDepth, expectedNodes: inputLength / 32)
        return builder.run()
    }

    /// Builds a fragment with the HTML fragment parsing algorithm, as if it were the content of
    /// an element called `context` in `namespace`. The fragment's nodes are the children of
    /// the `documentElement` (a synthetic `<html>`).
    public static func parseFragment<Source: TokenSource>(
        tokens source: Source, context: String, namespace: Namespace = .html,
        maximumDepth: Int = defaultMaximumDepth
    ) -> HTMLDocument {
        var builder = TreeBuilder(source: source, maximumDepth: maximumDepth)
        builder.prepareFragment(contextName: context, namespace: namespace)
        return builder.run()
    }
}
