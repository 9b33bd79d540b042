extension Tokenizer {
    /// 13.2.5.1 Data state.
    mutating func dataState() {
        let runEnd = indexOfFirst(ASCII.lessThanSign, ASCII.ampersand, from: position)
        if runEnd > position {
            emitInputCharacters(position..<runEnd)
            position = runEnd
        }
        switch current {
        case ASCII.ampersand?:
            beginCharacterReference(returningTo: .data)
        case ASCII.lessThanSign?:
            position += 1
            state = .tagOpen
        default:
            emitEndOfFile()
        }
    }

    /// 13.2.5.2 RCDATA state.
    mutating func rcdataState() {
        let runEnd = indexOfFirst(ASCII.lessThanSign, ASCII.ampersand, ASCII.null, from: position)
        if runEnd > position {
            emitInputCharacters(position..<runEnd)
            position = runEnd
        }
        switch current {
        case ASCII.ampersand?:
            beginCharacterReference(returningTo: .rcdata)
        case ASCII.lessThanSign?:
            position += 1
            state = .rcdataLessThanSign
        case ASCII.null?:
            emitReplacementCharacter()
        default:
            emitEndOfFile()
        }
    }

    /// 13.2.5.3 RAWTEXT state.
    mutating func rawtextState() {
        textRun(until: ASCII.lessThanSign, then: .rawtextLessThanSign)
    }

    /// 13.2.5.4 Script data state.
    mutating func scriptDataState() {
        textRun(until: ASCII.lessThanSign, then: .scriptDataLessThanSign)
    }

    /// 13.2.5.5 PLAINTEXT state.
    mutating func plaintextState() {
        textRun(until: ASCII.null, then: .plaintext)
    }

    /// Emits a run of text up to `stop`, NULL or the end; consumes `stop` and switches to `next`,
    /// replaces NULL with U+FFFD, or emits the end of file.
    private mutating func textRun(until stop: UInt8, then next: State) {
        let runEnd = indexOfFirst(stop, ASCII.null, from: position)
        if runEnd > position {
            emitInputCharacters(position..<runEnd)
            position = runEnd
        }
        switch current {
        case ASCII.null?:
            emitReplacementCharacter()
        case .some:
            position += 1
            state = next
        case nil:
            emitEndOfFile()
        }
    }

    /// 13.2.5.9 RCDATA less-than sign state.
    mutating func rcdataLessThanSignState() {
        lessThanSign(text: .rcdata, endTagOpen: .rcdataEndTagOpen)
    }

    /// 13.2.5.10 RCDATA end tag open state.
    mutating func rcdataEndTagOpenState() {
        endTagOpen(text: .rcdata, endTagName: .rcdataEndTagName)
    }

    /// 13.2.5.11 RCDATA end tag name state.
    mutating func rcdataEndTagNameState() {
        endTagName(text: .rcdata)
    }

    /// 13.2.5.12 RAWTEXT less-than sign state.
    mutating func rawtextLessThanSignState() {
        lessThanSign(text: .rawtext, endTagOpen: .rawtextEndTagOpen)
    }

    /// 13.2.5.13 RAWTEXT end tag open state.
    mutating func rawtextEndTagOpenState() {
        endTagOpen(text: .rawtext, endTagName: .rawtextEndTagName)
    }

    /// 13.2.5.14 RAWTEXT end tag name state.
    mutating func rawtextEndTagNameState() {
        endTagName(text: .rawtext)
    }

    /// The shared less-than sign state of RCDATA and RAWTEXT: `/` may start an end tag,
    /// anything else makes the `<` text.
    private mutating func lessThanSign(text: State, endTagOpen: State) {
        if current == ASCII.solidus {
            position += 1
            temporaryBuffer.removeAll(keepingCapacity: true)
            state = endTagOpen
        } else {
            emitInputCharacters(position - 1..<position)
            state = text
        }
    }

    /// The shared end tag open state of the text states: a letter starts an end tag name,
    /// anything else makes the `</` text.
    mutating func endTagOpen(text: State, endTagName: State) {
        if let byte = current, ASCII.isAlpha(byte) {
            beginTag(isEndTag: true)
            state = endTagName
        } else {
            emitInputCharacters(position - 2..<position)
            state = text
        }
    }

    /// The shared end tag name state of the text states: the end tag counts only when it is
    /// appropriate; otherwise `</` and the name so far are text and `text` reconsumes.
    mutating func endTagName(text: State) {
        if let byte = current {
            if ASCII.isAlpha(byte) {
                tagName.append(ASCII.lowercased(byte))
                temporaryBuffer.append(byte)
                position += 1
                return
            }
            if isAppropriateEndTag {
                if ASCII.isWhitespace(byte) {
                    position += 1
                    state = .beforeAttributeName
                    return
                }
                if byte == ASCII.solidus {
                    position += 1
                    state = .selfClosingStartTag
                    return
                }
                if byte == ASCII.greaterThanSign {
                    position += 1
                    state = .data
                    emitCurrentTag()
                    return
                }
            }
        }
        emitInputCharacters(position - 2 - temporaryBuffer.count..<position)
        state = text
    }

    /// 13.2.5.69 CDATA section state.
    mutating func cdataSectionState() {
        let runEnd = indexOfFirst(ASCII.rightSquareBracket, ASCII.rightSquareBracket, from: position)
        if runEnd > position {
            emitInputCharacters(position..<runEnd)
            position = runEnd
        }
        if current == nil {
            emitEndOfFile()
        } else {
            position += 1
            state = .cdataSectionBracket
        }
    }

    /// 13.2.5.70 CDATA section bracket state.
    mutating func cdataSectionBracketState() {
        if current == ASCII.rightSquareBracket {
            position += 1
            state = .cdataSectionEnd
        } else {
            emitInputCharacters(position - 1..<position)
            state = .cdataSection
        }
    }

    /// 13.2.5.71 CDATA section end state.
    mutating func cdataSectionEndState() {
        switch current {
        case ASCII.rightSquareBracket?:
            emitInputCharacters(position - 2..<position - 1)
            position += 1
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
        default:
            emitInputCharacters(position - 2..<position)
            state = .cdataSection
        }
    }
}
