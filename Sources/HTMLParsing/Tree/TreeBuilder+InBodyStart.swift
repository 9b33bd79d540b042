/// The "in body" insertion mode: start tags.
extension TreeBuilder {
    var hasTemplateOpen: Bool { (openCounts["template"] ?? 0) > 0 }

    func inBodyStartTag(_ tag: Tag, _ token: Token) -> Token? {
        let name = tag.name
        switch name {
        case "html":
            if !hasTemplateOpen, let html = openElements.first { mergeAttributes(of: tag, into: html) }
        case _ where ElementSets.headContent.contains(name):
            return inHeadMode(token)
        case "body":
            guard openElements.count > 1, node(openElements[1]).isHTML("body"), !hasTemplateOpen
            else { return nil }
            framesetOK = false
            mergeAttributes(of: tag, into: openElements[1])
        case "frameset":
            startFrameset(tag)
        case _ where ElementSets.closesParagraph.contains(name):
            closeParagraphInButtonScope()
            insertElement(tag)
        case _ where ElementSets.headings.contains(name):
            closeParagraphInButtonScope()
            if currentIs(oneOf: ElementSets.headings) { popCurrent() }
            insertElement(tag)
        case "pre", "listing":
            closeParagraphInButtonScope()
            insertElement(tag)
            skipNextNewline = true
            framesetOK = false
        case "form":
            if formElement != nil && !hasTemplateOpen { return nil }
            closeParagraphInButtonScope()
            let form = insertElement(tag)
            if !hasTemplateOpen { formElement = form }
        case "li", "dd", "dt":
            startListItem(tag)
        case "plaintext":
            closeParagraphInButtonScope()
            insertElement(tag)
            source.switchState(to: .plaintext)
        case "button":
            if hasInScope("button") {
                generateImpliedEndTags()
                popUntil("button")
            }
            reconstructFormatting()
            insertElement(tag)
            framesetOK = false
        default:
            return inBodyPhrasingStartTag(tag, token)
        }
        return nil
    }

    private func startFrameset(_ tag: Tag) {
        guard openElements.count > 1, node(openElements[1]).isHTML("body"), framesetOK else { return }
        document.detach(openElements[1])
        while openElements.count > 1 { popCurrent() }
        insertElement(tag)
        mode = .inFrameset
    }

    private func startListItem(_ tag: Tag) {
        framesetOK = false
        let closes: Set<String> = tag.name == "li" ? ["li"] : ["dd", "dt"]
        for id in openElements.reversed() {
            let value = node(id)
            if value.namespace == .html, closes.contains(value.name) {
                generateImpliedEndTags(except: value.name)
                popUntil(value.name)
                break
            }
            if isSpecial(value), !(value.namespace == .html && ["address", "div", "p"].contains(value.name)) {
                break
            }
        }
        closeParagraphInButtonScope()
        insertElement(tag)
    }

    private func inBodyPhrasingStartTag(_ tag: Tag, _ token: Token) -> Token? {
        let name = tag.name
        switch name {
        case "a":
            if let (_, anchor) = lastFormattingElement(named: "a") {
                if !runAdoptionAgency("a") { closeAnyOtherEndTag("a") }
                removeFromFormatting(anchor)
                removeFromStack(anchor)
            }
            reconstructFormatting()
            pushFormatting(insertElement(tag), tag: tag)
        case "nobr":
            reconstructFormatting()
            if hasInScope("nobr") {
                if !runAdoptionAgency("nobr") { closeAnyOtherEndTag("nobr") }
                reconstructFormatting()
            }
            pushFormatting(insertElement(tag), tag: tag)
        case _ where ElementSets.formatting.contains(name):
            reconstructFormatting()
            pushFormatting(insertElement(tag), tag: tag)
        case "applet", "marquee", "object":
            reconstructFormatting()
            insertElement(tag)
            insertMarker()
            framesetOK = false
        case "table":
            if !document.isQuirksMode { closeParagraphInButtonScope() }
            insertElement(tag)
            framesetOK = false
            mode = .inTable
        case "area", "br", "embed", "img", "keygen", "wbr", "input":
            if name == "input" {
                if context.map({ node($0).isHTML("select") }) ?? false { return nil }
                if hasInScope("select") { popUntil("select") }
            }
            reconstructFormatting()
            insertElement(tag)
            popCurrent()
            if name != "input" || tag.attribute("type")?.lowercased() != "hidden" { framesetOK = false }
        case "param", "source", "track":
            insertElement(tag)
            popCurrent()
        case "hr":
            closeParagraphInButtonScope()
            if hasInScope("select") { generateImpliedEndTags() }
            insertElement(tag)
            popCurrent()
            framesetOK = false
        case "image":
            var renamed = tag
            renamed.name = "img"
            return .startTag(renamed)
        default:
            return inBodyOtherStartTag(tag)
        }
        return nil
    }

    private func inBodyOtherStartTag(_ tag: Tag) -> Token? {
        let name = tag.name
        switch name {
        case "textarea":
            insertElement(tag)
            skipNextNewline = true
            source.switchState(to: .rcdata)
            originalMode = mode
            framesetOK = false
            mode = .text
        case "xmp":
            closeParagraphInButtonScope()
            reconstructFormatting()
            framesetOK = false
            parseRawText(tag, state: .rawtext)
        case "iframe":
            framesetOK = false
            parseRawText(tag, state: .rawtext)
        case "noembed":
            parseRawText(tag, state: .rawtext)
        case "select":
            if context.map({ node($0).isHTML("select") }) ?? false { return nil }
            if hasInScope("select") {
                popUntil("select")
                return nil
            }
            reconstructFormatting()
            insertElement(tag)
            framesetOK = false
        case "option":
            if hasInScope("select") {
                generateImpliedEndTags(except: "optgroup")
            } else if currentIs("option") {
                popCurrent()
            }
            reconstructFormatting()
            insertElement(tag)
        case "optgroup":
            if hasInScope("select") {
                generateImpliedEndTags()
            } else if currentIs("option") {
                popCurrent()
            }
            reconstructFormatting()
            insertElement(tag)
        case "rb", "rtc", "rp", "rt":
            if hasInScope("ruby") {
                generateImpliedEndTags(except: name == "rp" || name == "rt" ? "rtc" : nil)
            }
            insertElement(tag)
        case "math", "svg":
            reconstructFormatting()
            let namespace: Namespace = name == "math" ? .mathml : .svg
            var adjusted = tag
            adjusted.attributes = ForeignNames.adjustAttributes(tag.attributes, namespace: namespace)
            insertElement(adjusted, namespace: namespace)
            if tag.selfClosing { popCurrent() }
        case _ where ElementSets.tableParts.contains(name):
            return nil
        default:
            reconstructFormatting()
            insertElement(tag)
        }
        return nil
    }
}
