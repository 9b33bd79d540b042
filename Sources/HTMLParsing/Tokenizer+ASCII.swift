extension Tokenizer {
    /// The ASCII bytes and character classes the state machine tests, named as in the spec.
    enum ASCII {
        /// U+0000 NULL.
        static let null: UInt8 = 0x00
        /// U+0009 CHARACTER TABULATION.
        static let tab: UInt8 = 0x09
        /// U+000A LINE FEED.
        static let lineFeed: UInt8 = 0x0A
        /// U+000C FORM FEED.
        static let formFeed: UInt8 = 0x0C
        /// U+000D CARRIAGE RETURN.
        static let carriageReturn: UInt8 = 0x0D
        /// U+0020 SPACE.
        static let space: UInt8 = 0x20
        /// U+0021 EXCLAMATION MARK.
        static let exclamationMark: UInt8 = 0x21
        /// U+0022 QUOTATION MARK.
        static let quotationMark: UInt8 = 0x22
        /// U+0023 NUMBER SIGN.
        static let numberSign: UInt8 = 0x23
        /// U+0026 AMPERSAND.
        static let ampersand: UInt8 = 0x26
        /// U+0027 APOSTROPHE.
        static let apostrophe: UInt8 = 0x27
        /// U+002D HYPHEN-MINUS.
        static let hyphenMinus: UInt8 = 0x2D
        /// U+002F SOLIDUS.
        static let solidus: UInt8 = 0x2F
        /// U+003B SEMICOLON.
        static let semicolon: UInt8 = 0x3B
        /// U+003C LESS-THAN SIGN.
        static let lessThanSign: UInt8 = 0x3C
        /// U+003D EQUALS SIGN.
        static let equalsSign: UInt8 = 0x3D
        /// U+003E GREATER-THAN SIGN.
        static let greaterThanSign: UInt8 = 0x3E
        /// U+003F QUESTION MARK.
        static let questionMark: UInt8 = 0x3F
        /// U+005D RIGHT SQUARE BRACKET.
        static let rightSquareBracket: UInt8 = 0x5D
        /// U+0058 LATIN CAPITAL LETTER X.
        static let capitalX: UInt8 = 0x58
        /// U+0078 LATIN SMALL LETTER X.
        static let smallX: UInt8 = 0x78
        /// U+FFFD REPLACEMENT CHARACTER as UTF-8.
        static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

        /// Tab, LF, FF or space: the spec's whitespace once CR has been normalized away.
        @inline(__always)
        static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == space || byte == lineFeed || byte == tab || byte == formFeed
        }

        /// An ASCII upper alpha.
        @inline(__always)
        static func isUpperAlpha(_ byte: UInt8) -> Bool {
            byte &- 0x41 < 26
        }

        /// An ASCII alpha.
        @inline(__always)
        static func isAlpha(_ byte: UInt8) -> Bool {
            (byte | 0x20) &- 0x61 < 26
        }

        /// An ASCII digit.
        @inline(__always)
        static func isDigit(_ byte: UInt8) -> Bool {
            byte &- 0x30 < 10
        }

        /// An ASCII alphanumeric.
        @inline(__always)
        static func isAlphanumeric(_ byte: UInt8) -> Bool {
            isAlpha(byte) || isDigit(byte)
        }

        /// The value of an ASCII hex digit, or nil.
        @inline(__always)
        static func hexValue(_ byte: UInt8) -> Int? {
            if isDigit(byte) { return Int(byte &- 0x30) }
            let lower = byte | 0x20
            if lower &- 0x61 < 6 { return Int(lower &- 0x61) + 10 }
            return nil
        }

        /// `byte` with ASCII upper alphas mapped to lower case.
        @inline(__always)
        static func lowercased(_ byte: UInt8) -> UInt8 {
            isUpperAlpha(byte) ? byte | 0x20 : byte
        }
    }
}
