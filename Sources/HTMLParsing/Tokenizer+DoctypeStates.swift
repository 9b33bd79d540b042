extension Tokenizer {
    /// 13.2.5.53 DOCTYPE state.
    mutating func doctypeState() {
        switch current {
        case let byte? where ASCII.isWhitespace(byte):
            position += 1
            state = .beforeDoctypeName
        case .some:
            state = .beforeDoctypeName
        case nil:
            beginDoctype()
            emitQuirkyDoctypeAndEndOfFile()
        }
    }

    /// 13.2.5.54 Before DOCTYPE name state.
    mutating func beforeDoctypeNameState() {
        skipWhitespace()
        beginDoctype()
        switch current {
        case ASCII.null?:
            doctypeName = ASCII.replacementCharacter
            position += 1
            state = .doctypeName
        case ASCII.greaterThanSign?:
            position += 1
            doctypeForceQuirks = true
            state = .data
            emitCurrentDoctype()
        case let byte?:
            doctypeName = [ASCII.lowercased(byte)]
            position += 1
            state = .doctypeName
        case nil:
            emitQuirkyDoctypeAndEndOfFile()
        }
    }

    /// 13.2.5.55 DOCTYPE name state.
    mutating func doctypeNameState() {
        while let byte = current {
            position += 1
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
                state = .afterDoctypeName
                return
            case ASCII.greaterThanSign:
                state = .data
                emitCurrentDoctype()
                return
            case ASCII.null:
                doctypeName?.append(contentsOf: ASCII.replacementCharacter)
            default:
                doctypeName?.append(ASCII.lowercased(byte))
            }
        }
        emitQuirkyDoctypeAndEndOfFile()
    }

    /// 13.2.5.56 After DOCTYPE name state.
    mutating func afterDoctypeNameState() {
        skipWhitespace()
        switch current {
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentDoctype()
        case .some:
            if nextCharactersAre(caseInsensitive: "public") {
                position += 6
                state = .afterDoctypePublicKeyword
            } else if nextCharactersAre(caseInsensitive: "system") {
                position += 6
                state = .afterDoctypeSystemKeyword
            } else {
                doctypeForceQuirks = true
                state = .bogusDoctype
            }
        case nil:
            emitQuirkyDoctypeAndEndOfFile()
        }
    }

    /// 13.2.5.57 After DOCTYPE public keyword state.
    mutating func afterDoctypePublicKeywordState() {
        afterIdentifierKeyword(before: .beforeDoctypePublicIdentifier, isPublic: true)
    }

    /// 13.2.5.58 Before DOCTYPE public identifier state.
    mutating func beforeDoctypePublicIdentifierState() {
        skipWhitespace()
        openIdentifier(isPublic: true)
    }

    /// 13.2.5.59 DOCTYPE public identifier (double-quoted) state.
    mutating func doctypePublicIdentifierDoubleQuotedState() {
        identifier(closedBy: ASCII.quotationMark, isPublic: true)
    }

    /// 13.2.5.60 DOCTYPE public identifier (single-quoted) state.
    mutating func doctypePublicIdentifierSingleQuotedState() {
        identifier(closedBy: ASCII.apostrophe, isPublic: true)
    }

    /// 13.2.5.61 After DOCTYPE public identifier state.
    mutating func afterDoctypePublicIdentifierState() {
        if let byte = current, ASCII.isWhitespace(byte) {
            position += 1
            state = .betweenDoctypePublicAndSystemIdentifiers
        } else {
            betweenDoctypePublicAndSystemIdentifiersState()
        }
    }

    /// 13.2.5.62 Between DOCTYPE public and system identifiers state.
    mutating func betweenDoctypePublicAndSystemIdentifiersState() {
        skipWhitespace()
        if current == ASCII.greaterThanSign {
            position += 1
            state = .data
            emitCurrentDoctype()
        } else {
            openIdentifier(isPublic: false)
        }
    }

    /// 13.2.5.63 After DOCTYPE system keyword state.
    mutating func afterDoctypeSystemKeywordState() {
        afterIdentifierKeyword(before: .beforeDoctypeSystemIdentifier, isPublic: false)
    }

    /// 13.2.5.64 Before DOCTYPE system identifier state.
    mutating func beforeDoctypeSystemIdentifierState() {
        skipWhitespace()
        openIdentifier(isPublic: false)
    }

    /// 13.2.5.65 DOCTYPE system identifier (double-quoted) state.
    mutating func doctypeSystemIdentifierDoubleQuotedState() {
        identifier(closedBy: ASCII.quotationMark, isPublic: false)
    }

    /// 13.2.5.66 DOCTYPE system identifier (single-quoted) state.
    mutating func doctypeSystemIdentifierSingleQuotedState() {
        identifier(closedBy: ASCII.apostrophe, isPublic: false)
    }

    /// 13.2.5.67 After DOCTYPE system identifier state.
    mutating func afterDoctypeSystemIdentifierState() {
        skipWhitespace()
        switch current {
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentDoctype()
        case .some:
            state = .bogusDoctype
        case nil:
            emitQuirkyDoctypeAndEndOfFile()
        }
    }

    /// 13.2.5.68 Bogus DOCTYPE state.
    mutating func bogusDoctypeState() {
        let end = indexOfFirst(ASCII.greaterThanSign, ASCII.greaterThanSign, from: position)
        if end < input.count {
            position = end + 1
            state = .data
            emitCurrentDoctype()
        } else {
            position = end
            emitCurrentDoctype()
            emitEndOfFile()
        }
    }

    /// The shared after DOCTYPE public/system keyword states.
    private mutating func afterIdentifierKeyword(before next: State, isPublic: Bool) {
        if let byte = current, ASCII.isWhitespace(byte) {
            position += 1
            state = next
        } else {
            openIdentifier(isPublic: isPublic)
        }
    }

    /// The shared handling of a quote, `>`, the end or anything else where a public or system
    /// identifier may begin.
    private mutating func openIdentifier(isPublic: Bool) {
        switch current {
        case let quote? where quote == ASCII.quotationMark || quote == ASCII.apostrophe:
            position += 1
            let isDouble = quote == ASCII.quotationMark
            if isPublic {
                doctypePublicIdentifier = []
                state = isDouble ? .doctypePublicIdentifierDoubleQuoted : .doctypePublicIdentifierSingleQuoted
            } else {
                doctypeSystemIdentifier = []
                state = isDouble ? .doctypeSystemIdentifierDoubleQuoted : .doctypeSystemIdentifierSingleQuoted
            }
        case ASCII.greaterThanSign?:
            position += 1
            doctypeForceQuirks = true
            state = .data
            emitCurrentDoctype()
        case .some:
            doctypeForceQuirks = true
            state = .bogusDoctype
        case nil:
            emitQuirkyDoctypeAndEndOfFile()
        }
    }

    /// The shared quoted public and system identifier states.
    private mutating func identifier(closedBy quote: UInt8, isPublic: Bool) {
        let runEnd = indexOfFirst(quote, ASCII.greaterThanSign, ASCII.null, from: position)
        appendToIdentifier(input[position..<runEnd], isPublic: isPublic)
        position = runEnd
        switch current {
        case ASCII.null?:
            appendToIdentifier(ASCII.replacementCharacter, isPublic: isPublic)
            position += 1
        case ASCII.greaterThanSign?:
            position += 1
            doctypeForceQuirks = true
            state = .data
            emitCurrentDoctype()
        case .some:
            position += 1
            state = isPublic ? .afterDoctypePublicIdentifier : .afterDoctypeSystemIdentifier
        case nil:
            emitQuirkyDoctypeAndEndOfFile()
        }
    }

    /// Appends `bytes` to the public or the system identifier.
    private mutating func appendToIdentifier(_ bytes: some Collection<UInt8>, isPublic: Bool) {
        if isPublic {
            doctypePublicIdentifier?.append(contentsOf: bytes)
        } else {
            doctypeSystemIdentifier?.append(contentsOf: bytes)
        }
    }

    /// Sets force-quirks, emits the DOCTYPE and then the end of file.
    private mutating func emitQuirkyDoctypeAndEndOfFile() {
        doctypeForceQuirks = true
        emitCurrentDoctype()
        emitEndOfFile()
    }
}
