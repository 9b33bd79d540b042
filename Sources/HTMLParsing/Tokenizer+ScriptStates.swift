extension Tokenizer {
    /// 13.2.5.15 Script data less-than sign state.
    mutating func scriptDataLessThanSignState() {
        switch current {
        case ASCII.solidus?:
            position += 1
            temporaryBuffer.removeAll(keepingCapacity: true)
            state = .scriptDataEndTagOpen
        case ASCII.exclamationMark?:
            position += 1
            emitInputCharacters(position - 2..<position)
            state = .scriptDataEscapeStart
        default:
            emitInputCharacters(position - 1..<position)
            state = .scriptData
        }
    }

    /// 13.2.5.16 Script data end tag open state.
    mutating func scriptDataEndTagOpenState() {
        endTagOpen(text: .scriptData, endTagName: .scriptDataEndTagName)
    }

    /// 13.2.5.17 Script data end tag name state.
    mutating func scriptDataEndTagNameState() {
        endTagName(text: .scriptData)
    }

    /// 13.2.5.18 Script data escape start state.
    mutating func scriptDataEscapeStartState() {
        if current == ASCII.hyphenMinus {
            emitCurrentInputCharacter()
            state = .scriptDataEscapeStartDash
        } else {
            state = .scriptData
        }
    }

    /// 13.2.5.19 Script data escape start dash state.
    mutating func scriptDataEscapeStartDashState() {
        if current == ASCII.hyphenMinus {
            emitCurrentInputCharacter()
            state = .scriptDataEscapedDashDash
        } else {
            state = .scriptData
        }
    }

    /// 13.2.5.20 Script data escaped state.
    mutating func scriptDataEscapedState() {
        let runEnd = indexOfFirst(ASCII.hyphenMinus, ASCII.lessThanSign, ASCII.null, from: position)
        if runEnd > position {
            emitInputCharacters(position..<runEnd)
            position = runEnd
        }
        escapedCharacter(dash: .scriptDataEscapedDash, otherwise: .scriptDataEscaped)
    }

    /// 13.2.5.21 Script data escaped dash state.
    mutating func scriptDataEscapedDashState() {
        escapedCharacter(dash: .scriptDataEscapedDashDash, otherwise: .scriptDataEscaped)
    }

    /// 13.2.5.22 Script data escaped dash dash state.
    mutating func scriptDataEscapedDashDashState() {
        if current == ASCII.greaterThanSign {
            emitCurrentInputCharacter()
            state = .scriptData
        } else if current == ASCII.hyphenMinus {
            emitCurrentInputCharacter()
        } else {
            escapedCharacter(dash: .scriptDataEscapedDashDash, otherwise: .scriptDataEscaped)
        }
    }

    /// The common part of the script data escaped states: `-` leads to `dash`, `<` to the
    /// escaped less-than sign state, anything else is text in the escaped state `otherwise`.
    private mutating func escapedCharacter(dash: State, otherwise: State) {
        switch current {
        case ASCII.hyphenMinus?:
            emitCurrentInputCharacter()
            state = dash
        case ASCII.lessThanSign?:
            position += 1
            state = .scriptDataEscapedLessThanSign
        case ASCII.null?:
            emitReplacementCharacter()
            state = otherwise
        case .some:
            emitCurrentInputCharacter()
            state = otherwise
        case nil:
            emitEndOfFile()
        }
    }

    /// 13.2.5.23 Script data escaped less-than sign state.
    mutating func scriptDataEscapedLessThanSignState() {
        if current == ASCII.solidus {
            position += 1
            temporaryBuffer.removeAll(keepingCapacity: true)
            state = .scriptDataEscapedEndTagOpen
        } else if let byte = current, ASCII.isAlpha(byte) {
            temporaryBuffer.removeAll(keepingCapacity: true)
            emitInputCharacters(position - 1..<position)
            state = .scriptDataDoubleEscapeStart
        } else {
            emitInputCharacters(position - 1..<position)
            state = .scriptDataEscaped
        }
    }

    /// 13.2.5.24 Script data escaped end tag open state.
    mutating func scriptDataEscapedEndTagOpenState() {
        endTagOpen(text: .scriptDataEscaped, endTagName: .scriptDataEscapedEndTagName)
    }

    /// 13.2.5.25 Script data escaped end tag name state.
    mutating func scriptDataEscapedEndTagNameState() {
        endTagName(text: .scriptDataEscaped)
    }

    /// 13.2.5.26 Script data double escape start state.
    mutating func scriptDataDoubleEscapeStartState() {
        doubleEscapeBoundary(ifScript: .scriptDataDoubleEscaped, otherwise: .scriptDataEscaped)
    }

    /// 13.2.5.27 Script data double escaped state.
    mutating func scriptDataDoubleEscapedState() {
        let runEnd = indexOfFirst(ASCII.hyphenMinus, ASCII.lessThanSign, ASCII.null, from: position)
        if runEnd > position {
            emitInputCharacters(position..<runEnd)
            position = runEnd
        }
        doubleEscapedCharacter(dash: .scriptDataDoubleEscapedDash)
    }

    /// 13.2.5.28 Script data double escaped dash state.
    mutating func scriptDataDoubleEscapedDashState() {
        doubleEscapedCharacter(dash: .scriptDataDoubleEscapedDashDash)
    }

    /// 13.2.5.29 Script data double escaped dash dash state.
    mutating func scriptDataDoubleEscapedDashDashState() {
        if current == ASCII.greaterThanSign {
            emitCurrentInputCharacter()
            state = .scriptData
        } else if current == ASCII.hyphenMinus {
            emitCurrentInputCharacter()
        } else {
            doubleEscapedCharacter(dash: .scriptDataDoubleEscapedDashDash)
        }
    }

    /// The common part of the script data double escaped states.
    private mutating func doubleEscapedCharacter(dash: State) {
        switch current {
        case ASCII.hyphenMinus?:
            emitCurrentInputCharacter()
            state = dash
        case ASCII.lessThanSign?:
            emitCurrentInputCharacter()
            state = .scriptDataDoubleEscapedLessThanSign
        case ASCII.null?:
            emitReplacementCharacter()
            state = .scriptDataDoubleEscaped
        case .some:
            emitCurrentInputCharacter()
            state = .scriptDataDoubleEscaped
        case nil:
            emitEndOfFile()
        }
    }

    /// 13.2.5.30 Script data double escaped less-than sign state.
    mutating func scriptDataDoubleEscapedLessThanSignState() {
        if current == ASCII.solidus {
            temporaryBuffer.removeAll(keepingCapacity: true)
            emitCurrentInputCharacter()
            state = .scriptDataDoubleEscapeEnd
        } else {
            state = .scriptDataDoubleEscaped
        }
    }

    /// 13.2.5.31 Script data double escape end state.
    mutating func scriptDataDoubleEscapeEndState() {
        doubleEscapeBoundary(ifScript: .scriptDataEscaped, otherwise: .scriptDataDoubleEscaped)
    }

    /// The shared double escape start and end states: letters collect a tag name; whitespace,
    /// `/` or `>` after `script` switches to `ifScript`; anything else reconsumes in `otherwise`.
    private mutating func doubleEscapeBoundary(ifScript: State, otherwise: State) {
        guard let byte = current else {
            state = otherwise
            return
        }
        if ASCII.isWhitespace(byte) || byte == ASCII.solidus || byte == ASCII.greaterThanSign {
            state = temporaryBuffer == Self.scriptTagName ? ifScript : otherwise
            emitCurrentInputCharacter()
        } else if ASCII.isAlpha(byte) {
            temporaryBuffer.append(ASCII.lowercased(byte))
            emitCurrentInputCharacter()
        } else {
            state = otherwise
        }
    }

    /// The tag name that starts and ends double escaping.
    private static let scriptTagName: [UInt8] = Array("script".utf8)
}
