/// SVG and MathML: the dispatcher's choice of rules and the "in foreign content" rules.
extension TreeBuilder {
    /// Whether `value` is a MathML text integration point.
    func isMathMLTextIntegrationPoint(_ value: Node) -> Bool {
        value.namespace == .mathml && ["mi", "mo", "mn", "ms", "mtext"].contains(value.name)
    }

    /// Whether `value` is an HTML integration point.
    func isHTMLIntegrationPoint(_ value: Node) -> Bool {
        switch value.namespace {
        case .svg:
            return value.name == "foreignObject" || value.name == "desc" || value.name == "title"
        case .mathml:
            guard value.name == "annotation-xml",
                let encoding = value.attributes.first(where: { $0.name == "encoding" })?.value.lowercased()
            else { return false }
            return encoding == "text/html" || encoding == "application/xhtml+xml"
        case .html:
            return false
        }
    }

    /// The tree construction dispatcher: whether `token` follows the current insertion mode
    /// (true) or the rules for foreign content (false).
    func usesHTMLRules(for token: Token) -> Bool {
        guard let id = adjustedCurrentNode, document.nodes[id.index].namespace != .html else { return true }
        let value = node(id)
        switch token {
        case .startTag(let tag):
            if isMathMLTextIntegrationPoint(value), tag.name != "mglyph", tag.name != "malignmark" {
                return true
            }
            if value.namespace == .mathml, value.name == "annotation-xml", tag.name == "svg" { return true }
            return isHTMLIntegrationPoint(value)
        case .character:
            return isMathMLTextIntegrationPoint(value) || isHTMLIntegrationPoint(value)
        case .endOfFile:
            return true
        default:
            return false
        }
    }

    mutating func processForeignContent(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            // U+0000 becomes U+FFFD but, unlike other characters, leaves frameset-ok alone.
            if framesetOK, !CharacterRuns.isAllWhitespace(CharacterRuns.removingNulls(text)) {
                framesetOK = false
            }
            guard CharacterRuns.containsNull(text) else {
                insertCharacters(text)
                return nil
            }
            insertCharacters(
                String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 })))
            return nil
        case .comment, .doctype, .endOfFile:
            return nil
        case .startTag(let tag):
            if Self.breaksOutOfForeignContent(tag) {
                popToHTMLOrIntegrationPoint()
                return process(token, in: mode)
            }
            insertForeignElement(tag)
            return nil
        case .endTag(let tag):
            if tag.name == "br" || tag.name == "p" {
                popToHTMLOrIntegrationPoint()
                return process(token, in: mode)
            }
            return foreignEndTag(tag, token)
        }
    }

    private static func breaksOutOfForeignContent(_ tag: Tag) -> Bool {
        if ElementSets.foreignBreakout.contains(tag.name) { return true }
        guard tag.name == "font" else { return false }
        return tag.attributes.contains { ["color", "face", "size"].contains($0.name) }
    }

    private mutating func popToHTMLOrIntegrationPoint() {
        while let current = currentNode {
            let value = node(current)
            if value.namespace == .html || isMathMLTextIntegrationPoint(value)
                || isHTMLIntegrationPoint(value)
            {
                return
            }
            popCurrent()
        }
    }

    private mutating func insertForeignElement(_ tag: Tag) {
        guard let adjusted = adjustedCurrentNode else { return }
        let namespace = document.nodes[adjusted.index].namespace
        var foreign = tag
        if namespace == .svg {
            foreign.name = ForeignNames.svgElements[tag.name] ?? tag.name
        }
        foreign.attributes = ForeignNames.adjustAttributes(tag.attributes, namespace: namespace)
        insertElement(foreign, namespace: namespace)
        if tag.selfClosing { popCurrent() }
    }

    private mutating func foreignEndTag(_ tag: Tag, _ token: Token) -> Token? {
        guard openElements.count > 1 else { return nil }
        // Without a foreign element of that name the loop below can only end on an HTML
        // element; skipping it keeps stray end tags in deep SVG linear.
        if stack.foreignCount(named: tag.name) == 0 { return process(token, in: mode) }
        var index = openElements.count - 1
        while index > 0 {
            let id = openElements[index]
            let value = node(id)
            if value.name.lowercased() == tag.name {
                popUntil(element: id)
                return nil
            }
            index -= 1
            if document.nodes[openElements[index].index].namespace == .html {
                return process(token, in: mode)
            }
        }
        return nil
    }
}
