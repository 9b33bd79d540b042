/// A raw HTML block as cmark-gfm 0.29 starts and ends it (CommonMark 0.29, section 4.6).
///
/// Only top-level blocks (at most three spaces of indentation, no container) are recognised; a
/// block inside a quote or list is treated as paragraph text, which only makes the guard stricter.
enum HTMLBlock: Equatable {
    /// `<script`, `<pre` or `<style`: ends at the line holding the matching end tag.
    case rawText
    /// `<!--`: ends at the line holding `-->`.
    case comment
    /// `<?`: ends at the line holding `?>`.
    case processingInstruction
    /// `<!` and a capital letter: ends at the line holding `>`.
    case declaration
    /// `<![CDATA[`: ends at the line holding `]]>`.
    case cdata
    /// A known block tag (type 6) or a lone complete tag (type 7): ends before a blank line.
    case untilBlankLine

    private static let rawTextNames: [[UInt8]] = ["script", "pre", "style"].map { Array($0.utf8) }
    private static let rawTextEnds: [[UInt8]] = ["</script>", "</pre>", "</style>"].map { Array($0.utf8) }

    /// The block that `view` starts, if any; `interruptsParagraph` is true when a paragraph is open.
    static func starting(_ view: LineView, interruptsParagraph: Bool) -> HTMLBlock? {
        let (columns, offset) = view.indentation
        guard columns < 4, offset < view.line.end, view.bytes[offset] == ASCII.lessThan else { return nil }
        if view.hasPrefix(Array("<!--".utf8), at: offset) { return .comment }
        if view.hasPrefix(Array("<?".utf8), at: offset) { return .processingInstruction }
        if view.bytes[offset..<view.line.end].starts(with: "<![CDATA[".utf8) { return .cdata }
        if view.hasPrefix(Array("<!".utf8), at: offset), offset + 2 < view.line.end {
            let letter = view.bytes[offset + 2]
            return letter >= 0x41 && letter <= 0x5A ? .declaration : nil
        }
        let tag = HTMLTagScanner(view: view, start: offset)
        if let name = tag.openingName, !tag.isClosing, rawTextNames.contains(name), tag.endsName(name) {
            return .rawText
        }
        if let name = tag.openingName, BlockTagNames.contains(name), tag.endsName(name) {
            return .untilBlankLine
        }
        if !interruptsParagraph, tag.isCompleteTagAloneOnLine {
            return .untilBlankLine
        }
        return nil
    }

    /// Whether `view` (the start line or a later one) ends this block; blank lines end type 6 and 7
    /// before themselves and are checked by the caller.
    func isEnded(by view: LineView) -> Bool {
        switch self {
        case .rawText: return Self.rawTextEnds.contains { view.contains($0) }
        case .comment: return view.contains(Array("-->".utf8))
        case .processingInstruction: return view.contains(Array("?>".utf8))
        case .declaration: return view.contains([ASCII.greaterThan])
        case .cdata: return view.contains(Array("]]>".utf8))
        case .untilBlankLine: return false
        }
    }
}
