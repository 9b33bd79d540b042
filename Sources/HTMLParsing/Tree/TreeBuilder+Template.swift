/// `<template>`: parsed with its own insertion modes, its contents kept out of the tree.
extension TreeBuilder {
    mutating func startTemplate(_ tag: Tag) {
        insertElement(tag)
        insertMarker()
        framesetOK = false
        mode = .inTemplate
        templateModes.append(.inTemplate)
    }

    mutating func endTemplate() {
        guard hasTemplateOpen else { return }
        generateAllImpliedEndTagsThoroughly()
        popUntil(.template)
        clearFormattingToLastMarker()
        templateModes.removeLast()
        resetInsertionMode()
    }

    mutating func inTemplateMode(_ token: Token) -> Token? {
        switch token {
        case .character, .comment, .doctype:
            return inBodyMode(token)
        case .startTag(let tag):
            let next: InsertionMode
            let tagID = TagID(tag.name)
            switch tagID {
            case _ where ElementSets.headContent.contains(tagID):
                return inHeadMode(token)
            case .caption, .colgroup, .tbody, .tfoot, .thead:
                next = .inTable
            case .col:
                next = .inColumnGroup
            case .tr:
                next = .inTableBody
            case .td, .th:
                next = .inRow
            default:
                next = .inBody
            }
            templateModes.removeLast()
            templateModes.append(next)
            mode = next
            return token
        case .endTag(let tag):
            return tag.name == "template" ? inHeadMode(token) : nil
        case .endOfFile:
            guard hasTemplateOpen else {
                stopParsing()
                return nil
            }
            popUntil(.template)
            clearFormattingToLastMarker()
            templateModes.removeLast()
            resetInsertionMode()
            return token
        }
    }
}
