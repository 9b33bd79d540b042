/// Raw text and RCDATA elements, and the "text" insertion mode that collects their content.
extension TreeBuilder {
    /// The generic raw text and RCDATA element parsing algorithms.
    mutating func parseRawText(_ tag: Tag, state: TokenizerState) {
        insertElement(tag)
        source.switchState(to: state)
        originalMode = mode
        mode = .text
    }

    mutating func textMode(_ token: Token) -> Token? {
        switch token {
        case .character(let text):
            insertCharacters(text)
            return nil
        case .endOfFile:
            popCurrent()
            mode = originalMode
            return token
        case .endTag:
            popCurrent()
            mode = originalMode
            return nil
        default:
            return nil
        }
    }
}
