/// The insertion modes after the body and for framesets.
extension TreeBuilder {
    mutating func afterBodyMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text) where CharacterRuns.isAllWhitespace(text):
            return inBodyMode(token)
        case .comment, .doctype:
            return nil
        case .startTag(let tag) where tag.name == "html":
            return inBodyMode(token)
        case .endTag(let tag) where tag.name == "html":
            if context == nil { mode = .afterAfterBody }
            return nil
        case .endOfFile:
            stopParsing()
            return nil
        default:
            mode = .inBody
            return token
        }
    }

    mutating func inFramesetMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            insertCharacters(CharacterRuns.whitespaceOnly(text))
        case .startTag(let tag):
            let tagID = TagID(tag.name)
            switch tagID {
            case .html: return inBodyMode(token)
            case .frameset: insertElement(tag)
            case .frame:
                insertElement(tag)
                popCurrent()
            case .noframes: return inHeadMode(token)
            default: break
            }
        case .endTag(let tag) where tag.name == "frameset":
            guard openElements.count > 1 else { return nil }
            popCurrent()
            if context == nil, !currentIs(.frameset) { mode = .afterFrameset }
        case .endOfFile:
            stopParsing()
        default:
            break
        }
        return nil
    }

    mutating func afterFramesetMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            insertCharacters(CharacterRuns.whitespaceOnly(text))
        case .startTag(let tag) where tag.name == "html":
            return inBodyMode(token)
        case .startTag(let tag) where tag.name == "noframes":
            return inHeadMode(token)
        case .endTag(let tag) where tag.name == "html":
            mode = .afterAfterFrameset
        case .endOfFile:
            stopParsing()
        default:
            break
        }
        return nil
    }

    mutating func afterAfterBodyMode(_ token: Token) -> Token? {
        switch token {
        case .comment:
            return nil
        case .doctype:
            return inBodyMode(token)
        case .character(let text) where CharacterRuns.isAllWhitespace(text):
            return inBodyMode(token)
        case .startTag(let tag) where tag.name == "html":
            return inBodyMode(token)
        case .endOfFile:
            stopParsing()
            return nil
        default:
            mode = .inBody
            return token
        }
    }

    mutating func afterAfterFramesetMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            let whitespace = CharacterRuns.whitespaceOnly(text)
            if !whitespace.isEmpty { return inBodyMode(.character(whitespace)) }
        case .doctype:
            return inBodyMode(token)
        case .startTag(let tag) where tag.name == "html":
            return inBodyMode(token)
        case .startTag(let tag) where tag.name == "noframes":
            return inHeadMode(token)
        case .endOfFile:
            stopParsing()
        default:
            break
        }
        return nil
    }
}
