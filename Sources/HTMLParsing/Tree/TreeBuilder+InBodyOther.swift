/// The "in body" insertion mode: start tags of formatting, void, raw text, form and foreign
/// elements, and any other start tag.
extension TreeBuilder {
    mutating func inBodyPhrasingStartTag(_ tag: Tag, _ token: Token) -> Token? {
        let name = tag.name
        let tagID = TagID(name)
        switch tagID {
        case .a:
            if let (_, anchor) = lastFormattingElement(named: "a") {
                if !runAdoptionAgency("a") { closeAnyOtherEndTag("a") }
                removeFromFormatting(anchor)
                removeFromStack(anchor)
            }
            reconstructFormatting()
            pushFormatting(insertElement(tag), tag: tag)
        case .nobr:
            reconstructFormatting()
            if hasInScope(.nobr) {
                if !runAdoptionAgency("nobr") { closeAnyOtherEndTag("nobr") }
                reconstructFormatting()
            }
            pushFormatting(insertElement(tag), tag: tag)
        case _ where ElementSets.formatting.contains(tagID):
            reconstructFormatting()
            pushFormatting(insertElement(tag), tag: tag)
        case .applet, .marquee, .object:
            reconstructFormatting()
            insertElement(tag)
            insertMarker()
            framesetOK = false
        case .table:
            if !document.isQuirksMode { closeParagraphInButtonScope() }
            insertElement(tag)
            framesetOK = false
            mode = .inTable
        case .area, .br, .embed, .img, .keygen, .wbr, .input:
            if name == "input" {
                if context.map({ isHTML($0, .select) }) ?? false { return nil }
                if hasInScope(.select) { popUntil(.select) }
            }
            reconstructFormatting()
            insertElement(tag)
            popCurrent()
            if name != "input" || tag.attribute("type")?.lowercased() != "hidden" { framesetOK = false }
        case .param, .source, .track:
            insertElement(tag)
            popCurrent()
        case .hr:
            closeParagraphInButtonScope()
            if hasInScope(.select) { generateImpliedEndTags() }
            insertElement(tag)
            popCurrent()
            framesetOK = false
        case .image:
            var renamed = tag
            renamed.name = "img"
            return .startTag(renamed)
        default:
            return inBodyOtherStartTag(tag)
        }
        return nil
    }

    private mutating func inBodyOtherStartTag(_ tag: Tag) -> Token? {
        let name = tag.name
        let tagID = TagID(name)
        switch tagID {
        case .textarea:
            insertElement(tag)
            skipNextNewline = true
            source.switchState(to: .rcdata)
            originalMode = mode
            framesetOK = false
            mode = .text
        case .xmp:
            closeParagraphInButtonScope()
            reconstructFormatting()
            framesetOK = false
            parseRawText(tag, state: .rawtext)
        case .iframe:
            framesetOK = false
            parseRawText(tag, state: .rawtext)
        case .noembed:
            parseRawText(tag, state: .rawtext)
        case .select:
            if context.map({ isHTML($0, .select) }) ?? false { return nil }
            if hasInScope(.select) {
                popUntil(.select)
                return nil
            }
            reconstructFormatting()
            insertElement(tag)
            framesetOK = false
        case .option:
            if hasInScope(.select) {
                generateImpliedEndTags(except: .optgroup)
            } else if currentIs(.option) {
                popCurrent()
            }
            reconstructFormatting()
            insertElement(tag)
        case .optgroup:
            if hasInScope(.select) {
                generateImpliedEndTags()
            } else if currentIs(.option) {
                popCurrent()
            }
            reconstructFormatting()
            insertElement(tag)
        case .rb, .rtc, .rp, .rt:
            if hasInScope(.ruby) {
                generateImpliedEndTags(except: tagID == .rp || tagID == .rt ? TagID.rtc : nil)
            }
            insertElement(tag)
        case .math, .svg:
            reconstructFormatting()
            let namespace: Namespace = name == "math" ? .mathml : .svg
            var adjusted = tag
            adjusted.attributes = ForeignNames.adjustAttributes(tag.attributes, namespace: namespace)
            insertElement(adjusted, namespace: namespace)
            if tag.selfClosing { popCurrent() }
        case _ where ElementSets.tableParts.contains(tagID):
            return nil
        default:
            reconstructFormatting()
            insertElement(tag)
        }
        return nil
    }
}
