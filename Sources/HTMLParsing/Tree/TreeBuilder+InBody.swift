/// The "in body" insertion mode: characters, end of file and the dispatch of tags.
extension TreeBuilder {
    mutating func inBodyMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            inBodyCharacters(text)
            return nil
        case .comment, .doctype:
            return nil
        case .startTag(let tag):
            return inBodyStartTag(tag, token)
        case .endTag(let tag):
            return inBodyEndTag(tag, token)
        case .endOfFile:
            if !templateModes.isEmpty { return inTemplateMode(token) }
            stopParsing()
            return nil
        }
    }

    /// Character tokens in body: NULs dropped, formatting reconstructed, text inserted.
    mutating func inBodyCharacters(_ text: String) {
        let text = CharacterRuns.removingNulls(text)
        guard !text.isEmpty else { return }
        reconstructFormatting()
        insertCharacters(text)
        if framesetOK, !CharacterRuns.isAllWhitespace(text) {
            framesetOK = false
        }
    }

    /// Adds the attributes of `tag` that `element` lacks (for stray `<html>` and `<body>`).
    mutating func mergeAttributes(of tag: Tag, into element: NodeID) {
        for attribute in tag.attributes where document.attribute(attribute.name, of: element) == nil {
            document.nodes[element.index].attributes.append(attribute)
        }
    }

    mutating func inBodyEndTag(_ tag: Tag, _ token: Token) -> Token? {
        let name = tag.name
        let tagID = TagID(name)
        switch tagID {
        case .template:
            return inHeadMode(token)
        case .body, .html:
            guard hasInScope(.body) else { return nil }
            mode = .afterBody
            return name == "html" ? token : nil
        case _ where ElementSets.blockEnd.contains(tagID):
            guard hasInScope(tagID) else { return nil }
            generateImpliedEndTags()
            popUntil(tagID)
        case .form:
            endForm()
        case .p:
            if !hasInScope(.p, .button) { insertElement(named: "p") }
            closeParagraph()
        case .li:
            guard hasInScope(.li, .listItem) else { return nil }
            generateImpliedEndTags(except: .li)
            popUntil(.li)
        case .dd, .dt:
            guard hasInScope(tagID) else { return nil }
            generateImpliedEndTags(except: tagID)
            popUntil(tagID)
        case _ where ElementSets.headings.contains(tagID):
            guard hasInScope(oneOf: ElementSets.headings) else { return nil }
            generateImpliedEndTags()
            popUntil(oneOf: ElementSets.headings)
        case _ where ElementSets.formatting.contains(tagID):
            if !runAdoptionAgency(name) { closeAnyOtherEndTag(name) }
        case .applet, .marquee, .object:
            guard hasInScope(tagID) else { return nil }
            generateImpliedEndTags()
            popUntil(tagID)
            clearFormattingToLastMarker()
        case .select:
            guard hasInScope(.select) else { return nil }
            popUntil(.select)
        case .br:
            return inBodyStartTag(Tag(name: "br"), .startTag(Tag(name: "br")))
        default:
            closeAnyOtherEndTag(name)
        }
        return nil
    }

    private mutating func endForm() {
        if hasTemplateOpen {
            guard hasInScope(.form) else { return }
            generateImpliedEndTags()
            popUntil(.form)
            return
        }
        let form = formElement
        formElement = nil
        guard let form, hasElementInScope(form) else { return }
        generateImpliedEndTags()
        removeFromStack(form)
    }
}
