extension Tokenizer {
    /// 13.2.5.6 Tag open state.
    mutating func tagOpenState() {
        switch current {
        case ASCII.exclamationMark?:
            position += 1
            state = .markupDeclarationOpen
        case ASCII.solidus?:
            position += 1
            state = .endTagOpen
        case let byte? where ASCII.isAlpha(byte):
            beginTag(isEndTag: false)
            state = .tagName
        case ASCII.questionMark?:
            beginComment()
            state = .bogusComment
        case .some:
            emitInputCharacters(position - 1..<position)
            state = .data
        case nil:
            emitInputCharacters(position - 1..<position)
            emitEndOfFile()
        }
    }

    /// 13.2.5.7 End tag open state.
    mutating func endTagOpenState() {
        switch current {
        case let byte? where ASCII.isAlpha(byte):
            beginTag(isEndTag: true)
            state = .tagName
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
        case .some:
            beginComment()
            state = .bogusComment
        case nil:
            emitInputCharacters(position - 2..<position)
            emitEndOfFile()
        }
    }

    /// 13.2.5.8 Tag name state.
    mutating func tagNameState() {
        while position < input.count {
            let byte = input[position]
            position += 1
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
                state = .beforeAttributeName
                return
            case ASCII.solidus:
                state = .selfClosingStartTag
                return
            case ASCII.greaterThanSign:
                state = .data
                emitCurrentTag()
                return
            case ASCII.null:
                tagName.append(contentsOf: ASCII.replacementCharacter)
            default:
                tagName.append(ASCII.lowercased(byte))
            }
        }
        emitEndOfFile()
    }

    /// 13.2.5.32 Before attribute name state.
    mutating func beforeAttributeNameState() {
        skipWhitespace()
        switch current {
        case ASCII.solidus?, ASCII.greaterThanSign?, nil:
            state = .afterAttributeName
        case ASCII.equalsSign?:
            beginAttribute()
            attributeName.append(ASCII.equalsSign)
            position += 1
            state = .attributeName
        case .some:
            beginAttribute()
            state = .attributeName
        }
    }

    /// 13.2.5.33 Attribute name state.
    mutating func attributeNameState() {
        while position < input.count {
            let byte = input[position]
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space, ASCII.solidus,
                ASCII.greaterThanSign:
                state = .afterAttributeName
                return
            case ASCII.equalsSign:
                position += 1
                state = .beforeAttributeValue
                return
            case ASCII.null:
                attributeName.append(contentsOf: ASCII.replacementCharacter)
            default:
                attributeName.append(ASCII.lowercased(byte))
            }
            position += 1
        }
        state = .afterAttributeName
    }

    /// 13.2.5.34 After attribute name state.
    mutating func afterAttributeNameState() {
        skipWhitespace()
        switch current {
        case ASCII.solidus?:
            position += 1
            state = .selfClosingStartTag
        case ASCII.equalsSign?:
            position += 1
            state = .beforeAttributeValue
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentTag()
        case .some:
            beginAttribute()
            state = .attributeName
        case nil:
            emitEndOfFile()
        }
    }

    /// 13.2.5.35 Before attribute value state.
    mutating func beforeAttributeValueState() {
        skipWhitespace()
        switch current {
        case ASCII.quotationMark?:
            position += 1
            state = .attributeValueDoubleQuoted
        case ASCII.apostrophe?:
            position += 1
            state = .attributeValueSingleQuoted
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentTag()
        default:
            state = .attributeValueUnquoted
        }
    }

    /// 13.2.5.36 Attribute value (double-quoted) state.
    mutating func attributeValueDoubleQuotedState() {
        quotedAttributeValue(closedBy: ASCII.quotationMark)
    }

    /// 13.2.5.37 Attribute value (single-quoted) state.
    mutating func attributeValueSingleQuotedState() {
        quotedAttributeValue(closedBy: ASCII.apostrophe)
    }

    /// The shared quoted attribute value states.
    private mutating func quotedAttributeValue(closedBy quote: UInt8) {
        let runEnd = indexOfFirst(quote, ASCII.ampersand, ASCII.null, from: position)
        if runEnd > position {
            attributeValue.append(contentsOf: input[position..<runEnd])
            position = runEnd
        }
        switch current {
        case ASCII.ampersand?:
            beginCharacterReference(returningTo: state)
        case ASCII.null?:
            attributeValue.append(contentsOf: ASCII.replacementCharacter)
            position += 1
        case .some:
            position += 1
            state = .afterAttributeValueQuoted
        case nil:
            emitEndOfFile()
        }
    }

    /// 13.2.5.38 Attribute value (unquoted) state.
    mutating func attributeValueUnquotedState() {
        while position < input.count {
            let byte = input[position]
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
                position += 1
                state = .beforeAttributeName
                return
            case ASCII.ampersand:
                beginCharacterReference(returningTo: .attributeValueUnquoted)
                return
            case ASCII.greaterThanSign:
                position += 1
                state = .data
                emitCurrentTag()
                return
            case ASCII.null:
                attributeValue.append(contentsOf: ASCII.replacementCharacter)
            default:
                attributeValue.append(byte)
            }
            position += 1
        }
        emitEndOfFile()
    }

    /// 13.2.5.39 After attribute value (quoted) state.
    mutating func afterAttributeValueQuotedState() {
        switch current {
        case let byte? where ASCII.isWhitespace(byte):
            position += 1
            state = .beforeAttributeName
        case ASCII.solidus?:
            position += 1
            state = .selfClosingStartTag
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentTag()
        case .some:
            state = .beforeAttributeName
        case nil:
            emitEndOfFile()
        }
    }

    /// 13.2.5.40 Self-closing start tag state.
    mutating func selfClosingStartTagState() {
        switch current {
        case ASCII.greaterThanSign?:
            position += 1
            tagSelfClosing = true
            state = .data
            emitCurrentTag()
        case .some:
            state = .beforeAttributeName
        case nil:
            emitEndOfFile()
        }
    }

    /// Consumes ASCII whitespace ("ignore the character" in many states).
    mutating func skipWhitespace() {
        while position < input.count && ASCII.isWhitespace(input[position]) {
            position += 1
        }
    }
}
