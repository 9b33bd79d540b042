/// The "in body" insertion mode: start tags.
extension TreeBuilder {
    mutating func inBodyStartTag(_ tag: Tag, _ token: Token) -> Token? {
        let name = tag.name
        let tagID = TagID(name)
        switch tagID {
        case .html:
            if !hasTemplateOpen, let html = openElements.first { mergeAttributes(of: tag, into: html) }
        case _ where ElementSets.headContent.contains(tagID):
            return inHeadMode(token)
        case .body:
            guard openElements.count > 1, isHTML(openElements[1], .body), !hasTemplateOpen
            else { return nil }
            framesetOK = false
            mergeAttributes(of: tag, into: openElements[1])
        case .frameset:
            startFrameset(tag)
        case _ where ElementSets.closesParagraph.contains(tagID):
            closeParagraphInButtonScope()
            insertElement(tag)
        case _ where ElementSets.headings.contains(tagID):
            closeParagraphInButtonScope()
            if currentIs(oneOf: ElementSets.headings) { popCurrent() }
            insertElement(tag)
        case .pre, .listing:
            closeParagraphInButtonScope()
            insertElement(tag)
            skipNextNewline = true
            framesetOK = false
        case .form:
            if formElement != nil && !hasTemplateOpen { return nil }
            closeParagraphInButtonScope()
            let form = insertElement(tag)
            if !hasTemplateOpen { formElement = form }
        case .li, .dd, .dt:
            startListItem(tag)
        case .plaintext:
            closeParagraphInButtonScope()
            insertElement(tag)
            source.switchState(to: .plaintext)
        case .button:
            if hasInScope(.button) {
                generateImpliedEndTags()
                popUntil(.button)
            }
            reconstructFormatting()
            insertElement(tag)
            framesetOK = false
        default:
            return inBodyPhrasingStartTag(tag, token)
        }
        return nil
    }

    private mutating func startFrameset(_ tag: Tag) {
        guard openElements.count > 1, isHTML(openElements[1], .body), framesetOK else { return }
        document.detach(openElements[1])
        while openElements.count > 1 { popCurrent() }
        insertElement(tag)
        mode = .inFrameset
    }

    private mutating func startListItem(_ tag: Tag) {
        framesetOK = false
        let closes: TagSet = tag.name == "li" ? [.li] : [.dd, .dt]
        for id in openElements.reversed() {
            let tag = document.nodes[id.index].tag
            let isHTML = document.nodes[id.index].namespace == .html
            if isHTML, closes.contains(tag) {
                generateImpliedEndTags(except: tag)
                popUntil(tag)
                break
            }
            if isSpecial(id), !(isHTML && (tag == .address || tag == .div || tag == .p)) {
                break
            }
        }
        closeParagraphInButtonScope()
        insertElement(tag)
    }
}
