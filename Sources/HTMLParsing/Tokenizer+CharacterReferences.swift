extension Tokenizer {
    /// Enters the character reference state after consuming `&`, with `returnState` to resume.
    mutating func beginCharacterReference(returningTo returnState: State) {
        characterReferenceStart = position
        position += 1
        self.returnState = returnState
        state = .characterReference
    }

    /// 13.2.5.72 Character reference state.
    mutating func characterReferenceState() {
        switch current {
        case let byte? where ASCII.isAlphanumeric(byte):
            state = .namedCharacterReference
        case ASCII.numberSign?:
            position += 1
            state = .numericCharacterReference
        default:
            flushCodePointsConsumedAsCharacterReference()
            state = returnState
        }
    }

    /// 13.2.5.73 Named character reference state.
    mutating func namedCharacterReferenceState() {
        guard let match = NamedCharacterReferences.longestMatch(in: input, at: position) else {
            flushCodePointsConsumedAsCharacterReference()
            state = .ambiguousAmpersand
            return
        }
        position += match.length
        let endsWithSemicolon = input[position - 1] == ASCII.semicolon
        if returnState.isAttributeValue && !endsWithSemicolon, let next = current,
            next == ASCII.equalsSign || ASCII.isAlphanumeric(next)
        {
            // For historical reasons the reference stays literal text in an attribute.
            flushCodePointsConsumedAsCharacterReference()
        } else {
            appendCharacterReferenceResult(NamedCharacterReferences.value(at: match.index))
        }
        state = returnState
    }

    /// 13.2.5.74 Ambiguous ampersand state.
    mutating func ambiguousAmpersandState() {
        var runEnd = position
        while runEnd < input.count && ASCII.isAlphanumeric(input[runEnd]) {
            runEnd += 1
        }
        if returnState.isAttributeValue {
            attributeValue.append(contentsOf: input[position..<runEnd])
        } else {
            emitInputCharacters(position..<runEnd)
        }
        position = runEnd
        state = returnState
    }

    /// 13.2.5.75 Numeric character reference state.
    mutating func numericCharacterReferenceState() {
        characterReferenceCode = 0
        if current == ASCII.smallX || current == ASCII.capitalX {
            position += 1
            state = .hexadecimalCharacterReferenceStart
        } else {
            state = .decimalCharacterReferenceStart
        }
    }

    /// 13.2.5.76 Hexadecimal character reference start state.
    mutating func hexadecimalCharacterReferenceStartState() {
        if let byte = current, ASCII.hexValue(byte) != nil {
            state = .hexadecimalCharacterReference
        } else {
            flushCodePointsConsumedAsCharacterReference()
            state = returnState
        }
    }

    /// 13.2.5.77 Decimal character reference start state.
    mutating func decimalCharacterReferenceStartState() {
        if let byte = current, ASCII.isDigit(byte) {
            state = .decimalCharacterReference
        } else {
            flushCodePointsConsumedAsCharacterReference()
            state = returnState
        }
    }

    /// 13.2.5.78 Hexadecimal character reference state.
    mutating func hexadecimalCharacterReferenceState() {
        while let byte = current, let digit = ASCII.hexValue(byte) {
            accumulateCharacterReferenceDigit(digit, base: 16)
            position += 1
        }
        finishNumericDigits()
    }

    /// 13.2.5.79 Decimal character reference state.
    mutating func decimalCharacterReferenceState() {
        while let byte = current, ASCII.isDigit(byte) {
            accumulateCharacterReferenceDigit(Int(byte &- 0x30), base: 10)
            position += 1
        }
        finishNumericDigits()
    }

    /// Adds a digit to the character reference code, saturating above U+10FFFF so that long
    /// digit strings cannot overflow.
    private mutating func accumulateCharacterReferenceDigit(_ digit: Int, base: Int) {
        if characterReferenceCode <= 0x10FFFF {
            characterReferenceCode = characterReferenceCode * base + digit
        }
    }

    /// Consumes the `;` that ends a numeric reference, if present (its absence is a
    /// missing-semicolon parse error), and moves to the numeric character reference end state.
    private mutating func finishNumericDigits() {
        if current == ASCII.semicolon { position += 1 }
        state = .numericCharacterReferenceEnd
    }

    /// 13.2.5.80 Numeric character reference end state.
    mutating func numericCharacterReferenceEndState() {
        let scalar = Self.scalarForNumericCharacterReference(characterReferenceCode)
        if let encoded = UTF8.encode(scalar) {
            appendCharacterReferenceResult(encoded)
        }
        state = returnState
    }

    /// The character a numeric reference stands for: NULL, surrogates and values above
    /// U+10FFFF become U+FFFD, and C1 controls are mapped through the spec's windows-1252 table.
    /// Noncharacters and other controls are parse errors only, so they are kept.
    static func scalarForNumericCharacterReference(_ code: Int) -> Unicode.Scalar {
        let replacement: Unicode.Scalar = "\u{FFFD}"
        if code == 0 || code > 0x10FFFF { return replacement }
        if (0x80...0x9F).contains(code), let mapped = c1ControlReplacements[code - 0x80] {
            return mapped
        }
        return Unicode.Scalar(UInt32(code)) ?? replacement
    }

    /// The spec's replacements for numeric references to 0x80...0x9F; nil keeps the code.
    private static let c1ControlReplacements: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// "Flush code points consumed as a character reference": the input from the `&` to the
    /// current position goes to the attribute value or out as text, unchanged.
    private mutating func flushCodePointsConsumedAsCharacterReference() {
        let consumed = characterReferenceStart..<position
        if returnState.isAttributeValue {
            attributeValue.append(contentsOf: input[consumed])
        } else {
            emitInputCharacters(consumed)
        }
    }

    /// Adds the characters a reference stands for to the attribute value or the text.
    private mutating func appendCharacterReferenceResult(_ bytes: some Collection<UInt8>) {
        if returnState.isAttributeValue {
            attributeValue.append(contentsOf: bytes)
        } else {
            emitCharacterBytes(bytes)
        }
    }
}
