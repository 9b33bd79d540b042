/// The insertion modes inside a table: in caption, in column group, in table body, in row
/// and in cell.
extension TreeBuilder {
    private static var tableBodyContext: TagSet { [.tbody, .tfoot, .thead, .template, .html] }
    private static var rowContext: TagSet { [.tr, .template, .html] }
    private static var sections: TagSet { [.tbody, .tfoot, .thead] }

    mutating func inCaptionMode(_ token: Token) -> Token? {
        let closesCaption: Bool
        switch token {
        case .endTag(let tag) where tag.name == "caption":
            closeCaption()
            return nil
        case .startTag(let tag):
            closesCaption = ["caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"]
                .contains(tag.name)
        case .endTag(let tag):
            if ["body", "col", "colgroup", "html", "tbody", "td", "tfoot", "th", "thead", "tr"]
                .contains(tag.name)
            {
                return nil
            }
            closesCaption = tag.name == "table"
        default:
            closesCaption = false
        }
        guard closesCaption else { return inBodyMode(token) }
        return closeCaption() ? token : nil
    }

    @discardableResult
    private mutating func closeCaption() -> Bool {
        guard hasInScope(.caption, .table) else { return false }
        generateImpliedEndTags()
        popUntil(.caption)
        clearFormattingToLastMarker()
        mode = .inTable
        return true
    }

    mutating func inColumnGroupMode(_ token: Token) -> Token? {
        var pending = token
        switch token {
        case .character(let text):
            let (whitespace, rest) = CharacterRuns.splitLeadingWhitespace(text)
            insertCharacters(whitespace)
            if rest.isEmpty { return nil }
            pending = .character(String(rest))
        case .comment, .doctype:
            return nil
        case .startTag(let tag) where tag.name == "html":
            return inBodyMode(token)
        case .startTag(let tag) where tag.name == "col":
            insertElement(tag)
            popCurrent()
            return nil
        case .endTag(let tag) where tag.name == "colgroup":
            if currentIs(.colgroup) {
                popCurrent()
                mode = .inTable
            }
            return nil
        case .endTag(let tag) where tag.name == "col":
            return nil
        case .startTag(let tag) where tag.name == "template":
            return inHeadMode(token)
        case .endTag(let tag) where tag.name == "template":
            return inHeadMode(token)
        case .endOfFile:
            return inBodyMode(token)
        default:
            break
        }
        guard currentIs(.colgroup) else { return nil }
        popCurrent()
        mode = .inTable
        return pending
    }

    mutating func inTableBodyMode(_ token: Token) -> Token? {
        switch token {
        case .startTag(let tag) where tag.name == "tr":
            clearStack(backTo: Self.tableBodyContext)
            insertElement(tag)
            mode = .inRow
            return nil
        case .startTag(let tag) where tag.name == "th" || tag.name == "td":
            clearStack(backTo: Self.tableBodyContext)
            insertElement(named: "tr")
            mode = .inRow
            return token
        case .endTag(let tag) where Self.sections.contains(tag.name):
            guard hasInScope(tag.name, .table) else { return nil }
            clearStack(backTo: Self.tableBodyContext)
            popCurrent()
            mode = .inTable
            return nil
        case .startTag(let tag)
        where ["caption", "col", "colgroup", "tbody", "tfoot", "thead"].contains(tag.name),
            .endTag(let tag) where tag.name == "table":
            guard hasInScope(oneOf: Self.sections, .table) else { return nil }
            clearStack(backTo: Self.tableBodyContext)
            popCurrent()
            mode = .inTable
            return token
        case .endTag(let tag)
        where ["body", "caption", "col", "colgroup", "html", "td", "th", "tr"].contains(tag.name):
            return nil
        default:
            return inTableMode(token)
        }
    }

    mutating func inRowMode(_ token: Token) -> Token? {
        switch token {
        case .startTag(let tag) where tag.name == "th" || tag.name == "td":
            clearStack(backTo: Self.rowContext)
            insertElement(tag)
            mode = .inCell
            insertMarker()
            return nil
        case .endTag(let tag) where tag.name == "tr":
            closeRow()
            return nil
        case .startTag(let tag)
        where ["caption", "col", "colgroup", "tbody", "tfoot", "thead", "tr"].contains(tag.name),
            .endTag(let tag) where tag.name == "table":
            return closeRow() ? token : nil
        case .endTag(let tag) where Self.sections.contains(tag.name):
            guard hasInScope(tag.name, .table) else { return nil }
            return closeRow() ? token : nil
        case .endTag(let tag)
        where ["body", "caption", "col", "colgroup", "html", "td", "th"].contains(tag.name):
            return nil
        default:
            return inTableMode(token)
        }
    }

    @discardableResult
    private mutating func closeRow() -> Bool {
        guard hasInScope(.tr, .table) else { return false }
        clearStack(backTo: Self.rowContext)
        popCurrent()
        mode = .inTableBody
        return true
    }

    mutating func inCellMode(_ token: Token) -> Token? {
        switch token {
        case .endTag(let tag) where tag.name == "td" || tag.name == "th":
            guard hasInScope(tag.name, .table) else { return nil }
            generateImpliedEndTags()
            popUntil(tag.name)
            clearFormattingToLastMarker()
            mode = .inRow
            return nil
        case .startTag(let tag)
        where ["caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"].contains(tag.name):
            guard hasInScope(oneOf: [.td, .th], .table) else { return nil }
            closeCell()
            return token
        case .endTag(let tag) where ["body", "caption", "col", "colgroup", "html"].contains(tag.name):
            return nil
        case .endTag(let tag) where ["table", "tbody", "tfoot", "thead", "tr"].contains(tag.name):
            guard hasInScope(tag.name, .table) else { return nil }
            closeCell()
            return token
        default:
            return inBodyMode(token)
        }
    }

    private mutating func closeCell() {
        generateImpliedEndTags()
        popUntil(oneOf: [.td, .th])
        clearFormattingToLastMarker()
        mode = .inRow
    }
}
