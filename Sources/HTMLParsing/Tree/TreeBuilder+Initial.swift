/// The first insertion modes: "initial" (the DOCTYPE and quirks mode) and "before html".
extension TreeBuilder {
    mutating func initialMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            let (_, rest) = CharacterRuns.splitLeadingWhitespace(text)
            if rest.isEmpty { return nil }
            document.isQuirksMode = true
            mode = .beforeHTML
            return .character(String(rest))
        case .comment:
            return nil
        case .doctype(let doctype):
            document.doctype = doctype.name
            document.isQuirksMode = QuirksMode.isQuirks(doctype)
            mode = .beforeHTML
            return nil
        default:
            document.isQuirksMode = true
            mode = .beforeHTML
            return token
        }
    }

    mutating func beforeHTMLMode(_ token: Token) -> Token? {
        switch token {
        case .doctype, .comment:
            return nil
        case .character(let text):
            let (_, rest) = CharacterRuns.splitLeadingWhitespace(text)
            if rest.isEmpty { return nil }
            insertRoot(Tag(name: "html"))
            return .character(String(rest))
        case .startTag(let tag) where tag.name == "html":
            insertRoot(tag)
            return nil
        case .endTag(let tag) where !["head", "body", "html", "br"].contains(tag.name):
            return nil
        default:
            insertRoot(Tag(name: "html"))
            return token
        }
    }

    private mutating func insertRoot(_ tag: Tag) {
        let html = document.makeElement("html", namespace: .html, attributes: tag.attributes)
        document.insert(html, into: document.root)
        push(html)
        mode = .beforeHead
    }
}
