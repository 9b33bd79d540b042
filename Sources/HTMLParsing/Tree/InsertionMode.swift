/// The insertion modes of the WHATWG tree construction stage.
///
/// "in select" and "in select in table" are gone: the current standard parses `<select>`
/// content with the in-body rules.
enum InsertionMode: Sendable {
    case initial
    case beforeHTML
    case beforeHead
    case inHead
    case inHeadNoscript
    case afterHead
    case inBody
    case text
    case inTable
    case inTableText
    case inCaption
    case inColumnGroup
    case inTableBody
    case inRow
    case inCell
    case inTemplate
    case afterBody
    case inFrameset
    case afterFrameset
    case afterAfterBody
    case afterAfterFrameset
}
