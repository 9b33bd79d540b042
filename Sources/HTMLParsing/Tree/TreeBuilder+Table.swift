/// The "in table" and "in table text" insertion modes, and resetting the insertion mode.
extension TreeBuilder {
    static var tableContext: TagSet { [.table, .template, .html] }

    mutating func inTableMode(_ token: Token) -> Token? {
        switch token {
        case .character:
            guard currentIs(oneOf: ElementSets.tableTextTargets) else { return fosterParent(token) }
            pendingTableText = ""
            originalMode = mode
            mode = .inTableText
            return token
        case .comment, .doctype:
            return nil
        case .startTag(let tag):
            return inTableStartTag(tag, token)
        case .endTag(let tag):
            let tagID = TagID(tag.name)
            switch tagID {
            case .table:
                guard hasInScope(.table, .table) else { return nil }
                popUntil(.table)
                resetInsertionMode()
                return nil
            case .body, .caption, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr:
                return nil
            case .template:
                return inHeadMode(token)
            default:
                return fosterParent(token)
            }
        case .endOfFile:
            return inBodyMode(token)
        }
    }

    private mutating func inTableStartTag(_ tag: Tag, _ token: Token) -> Token? {
        let tagID = TagID(tag.name)
        switch tagID {
        case .caption:
            clearStack(backTo: Self.tableContext)
            insertMarker()
            insertElement(tag)
            mode = .inCaption
        case .colgroup:
            clearStack(backTo: Self.tableContext)
            insertElement(tag)
            mode = .inColumnGroup
        case .col:
            clearStack(backTo: Self.tableContext)
            insertElement(named: "colgroup")
            mode = .inColumnGroup
            return token
        case .tbody, .tfoot, .thead:
            clearStack(backTo: Self.tableContext)
            insertElement(tag)
            mode = .inTableBody
        case .td, .th, .tr:
            clearStack(backTo: Self.tableContext)
            insertElement(named: "tbody")
            mode = .inTableBody
            return token
        case .table:
            guard hasInScope(.table, .table) else { return nil }
            popUntil(.table)
            resetInsertionMode()
            return token
        case .style, .script, .template:
            return inHeadMode(token)
        case .input:
            guard tag.attribute("type")?.lowercased() == "hidden" else { return fosterParent(token) }
            insertElement(tag)
            popCurrent()
        case .form:
            if hasTemplateOpen || formElement != nil { return nil }
            formElement = insertElement(tag)
            popCurrent()
        default:
            return fosterParent(token)
        }
        return nil
    }

    /// "Anything else" in table: the in-body rules with foster parenting enabled.
    mutating func fosterParent(_ token: Token) -> Token? {
        fosterParenting = true
        defer { fosterParenting = false }
        return inBodyMode(token)
    }

    mutating func inTableTextMode(_ token: Token) -> Token? {
        if case .character(let text) = token {
            pendingTableText += CharacterRuns.removingNulls(text)
            return nil
        }
        let text = pendingTableText
        pendingTableText = ""
        if CharacterRuns.isAllWhitespace(text) {
            insertCharacters(text)
        } else {
            _ = fosterParent(.character(text))
        }
        mode = originalMode
        return token
    }

    /// The spec's "reset the insertion mode appropriately".
    mutating func resetInsertionMode() {
        var index = openElements.count - 1
        while index >= 0 {
            let last = index == 0
            var id = openElements[index]
            if last, let context { id = context }
            let value = node(id)
            if value.namespace == .html, let found = resetMode(for: value.name, last: last) {
                mode = found
                return
            }
            if last { break }
            index -= 1
        }
        mode = .inBody
    }

    private mutating func resetMode(for name: String, last: Bool) -> InsertionMode? {
        let tagID = TagID(name)
        switch tagID {
        case .td, .th: return last ? nil : .inCell
        case .tr: return .inRow
        case .tbody, .thead, .tfoot: return .inTableBody
        case .caption: return .inCaption
        case .colgroup: return .inColumnGroup
        case .table: return .inTable
        case .template: return templateModes.last ?? .inBody
        case .head: return last ? nil : .inHead
        case .body: return .inBody
        case .frameset: return .inFrameset
        case .html: return headElement == nil ? .beforeHead : .afterHead
        default: return nil
        }
    }
}
