/// The insertion modes of the head: before head, in head, in head noscript and after head.
extension TreeBuilder {
    mutating func beforeHeadMode(_ token: Token) -> Token? {
        switch token {
        case .doctype, .comment:
            return nil
        case .character(let text):
            let (_, rest) = CharacterRuns.splitLeadingWhitespace(text)
            if rest.isEmpty { return nil }
            headElement = insertElement(named: "head")
            mode = .inHead
            return .character(String(rest))
        case .startTag(let tag) where tag.name == "html":
            return inBodyMode(token)
        case .startTag(let tag) where tag.name == "head":
            headElement = insertElement(tag)
            mode = .inHead
            return nil
        case .endTag(let tag) where !["head", "body", "html", "br"].contains(tag.name):
            return nil
        default:
            headElement = insertElement(named: "head")
            mode = .inHead
            return token
        }
    }

    mutating func inHeadMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            let (whitespace, rest) = CharacterRuns.splitLeadingWhitespace(text)
            insertCharacters(whitespace)
            if rest.isEmpty { return nil }
            popCurrent()
            mode = .afterHead
            return .character(String(rest))
        case .comment, .doctype:
            return nil
        case .startTag(let tag):
            return inHeadStartTag(tag, token)
        case .endTag(let tag):
            let tagID = TagID(tag.name)
            switch tagID {
            case .head:
                popCurrent()
                mode = .afterHead
                return nil
            case .body, .html, .br:
                popCurrent()
                mode = .afterHead
                return token
            case .template:
                endTemplate()
                return nil
            default:
                return nil
            }
        case .endOfFile:
            popCurrent()
            mode = .afterHead
            return token
        }
    }

    private mutating func inHeadStartTag(_ tag: Tag, _ token: Token) -> Token? {
        let tagID = TagID(tag.name)
        switch tagID {
        case .html:
            return inBodyMode(token)
        case .base, .basefont, .bgsound, .link, .meta:
            insertElement(tag)
            popCurrent()
            // A <base> inside a template's contents is not part of the document.
            if tag.name == "base", document.baseURL == nil, !hasTemplateOpen, let href = tag.attribute("href")
            {
                document.baseURL = href
            }
            return nil
        case .title:
            parseRawText(tag, state: .rcdata)
            return nil
        case .noframes, .style:
            parseRawText(tag, state: .rawtext)
            return nil
        case .noscript:
            insertElement(tag)
            mode = .inHeadNoscript
            return nil
        case .script:
            parseRawText(tag, state: .scriptData)
            return nil
        case .template:
            startTemplate(tag)
            return nil
        case .head:
            return nil
        default:
            popCurrent()
            mode = .afterHead
            return token
        }
    }

    mutating func inHeadNoscriptMode(_ token: Token) -> Token? {
        switch token {
        case .doctype:
            return nil
        case .startTag(let tag) where tag.name == "html":
            return inBodyMode(token)
        case .endTag(let tag) where tag.name == "noscript":
            popCurrent()
            mode = .inHead
            return nil
        case .character(let text) where CharacterRuns.isAllWhitespace(text):
            return inHeadMode(token)
        case .comment:
            return nil
        case .startTag(let tag)
        where ["basefont", "bgsound", "link", "meta", "noframes", "style"].contains(tag.name):
            return inHeadMode(token)
        case .startTag(let tag) where tag.name == "head" || tag.name == "noscript":
            return nil
        case .endTag(let tag) where tag.name != "br":
            return nil
        case .character(let text):
            let (whitespace, rest) = CharacterRuns.splitLeadingWhitespace(text)
            insertCharacters(whitespace)
            popCurrent()
            mode = .inHead
            return .character(String(rest))
        default:
            popCurrent()
            mode = .inHead
            return token
        }
    }

    mutating func afterHeadMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            let (whitespace, rest) = CharacterRuns.splitLeadingWhitespace(text)
            insertCharacters(whitespace)
            if rest.isEmpty { return nil }
            insertElement(named: "body")
            mode = .inBody
            return .character(String(rest))
        case .comment, .doctype:
            return nil
        case .startTag(let tag):
            let tagID = TagID(tag.name)
            switch tagID {
            case .html:
                return inBodyMode(token)
            case .body:
                insertElement(tag)
                framesetOK = false
                mode = .inBody
                return nil
            case .frameset:
                insertElement(tag)
                mode = .inFrameset
                return nil
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style,
                .template, .title:
                guard let head = headElement else { return nil }
                push(head)
                let result = inHeadMode(token)
                removeFromStack(head)
                return result
            case .head:
                return nil
            default:
                break
            }
        case .endTag(let tag):
            if tag.name == "template" { return inHeadMode(token) }
            if !["body", "html", "br"].contains(tag.name) { return nil }
        case .endOfFile:
            break
        }
        insertElement(named: "body")
        mode = .inBody
        return token
    }
}
