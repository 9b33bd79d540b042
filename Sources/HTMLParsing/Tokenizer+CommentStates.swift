extension Tokenizer {
    /// 13.2.5.41 Bogus comment state.
    mutating func bogusCommentState() {
        let runEnd = indexOfFirst(ASCII.greaterThanSign, ASCII.null, from: position)
        if runEnd > position {
            commentData.append(contentsOf: input[position..<runEnd])
            position = runEnd
        }
        switch current {
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentComment()
        case ASCII.null?:
            commentData.append(contentsOf: ASCII.replacementCharacter)
            position += 1
        default:
            emitCurrentComment()
            emitEndOfFile()
        }
    }

    /// 13.2.5.42 Markup declaration open state.
    mutating func markupDeclarationOpenState() {
        if nextCharactersAre("--") {
            position += 2
            beginComment()
            state = .commentStart
        } else if nextCharactersAre(caseInsensitive: "doctype") {
            position += 7
            state = .doctype
        } else if nextCharactersAre("[CDATA[") {
            // Return the text before the section first: the tree builder may change
            // `allowsCDATA` while it inserts that text.
            if hasPendingText {
                flushText()
                return
            }
            position += 7
            if allowsCDATA {
                state = .cdataSection
            } else {
                beginComment()
                commentData.append(contentsOf: input[position - 7..<position])
                state = .bogusComment
            }
        } else {
            beginComment()
            state = .bogusComment
        }
    }

    /// 13.2.5.43 Comment start state.
    mutating func commentStartState() {
        switch current {
        case ASCII.hyphenMinus?:
            position += 1
            state = .commentStartDash
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentComment()
        default:
            state = .comment
        }
    }

    /// 13.2.5.44 Comment start dash state.
    mutating func commentStartDashState() {
        switch current {
        case ASCII.hyphenMinus?:
            position += 1
            state = .commentEnd
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentComment()
        case .some:
            commentData.append(ASCII.hyphenMinus)
            state = .comment
        case nil:
            emitCurrentComment()
            emitEndOfFile()
        }
    }

    /// 13.2.5.45 Comment state.
    mutating func commentState() {
        let runEnd = indexOfFirst(ASCII.lessThanSign, ASCII.hyphenMinus, ASCII.null, from: position)
        if runEnd > position {
            commentData.append(contentsOf: input[position..<runEnd])
            position = runEnd
        }
        switch current {
        case ASCII.lessThanSign?:
            commentData.append(ASCII.lessThanSign)
            position += 1
            state = .commentLessThanSign
        case ASCII.hyphenMinus?:
            position += 1
            state = .commentEndDash
        case ASCII.null?:
            commentData.append(contentsOf: ASCII.replacementCharacter)
            position += 1
        default:
            emitCurrentComment()
            emitEndOfFile()
        }
    }

    /// 13.2.5.46 Comment less-than sign state.
    mutating func commentLessThanSignState() {
        switch current {
        case ASCII.exclamationMark?:
            commentData.append(ASCII.exclamationMark)
            position += 1
            state = .commentLessThanSignBang
        case ASCII.lessThanSign?:
            commentData.append(ASCII.lessThanSign)
            position += 1
        default:
            state = .comment
        }
    }

    /// 13.2.5.47 Comment less-than sign bang state.
    mutating func commentLessThanSignBangState() {
        if current == ASCII.hyphenMinus {
            position += 1
            state = .commentLessThanSignBangDash
        } else {
            state = .comment
        }
    }

    /// 13.2.5.48 Comment less-than sign bang dash state.
    mutating func commentLessThanSignBangDashState() {
        if current == ASCII.hyphenMinus {
            position += 1
            state = .commentLessThanSignBangDashDash
        } else {
            state = .commentEndDash
        }
    }

    /// 13.2.5.49 Comment less-than sign bang dash dash state: `>`, the end or (as a
    /// nested-comment parse error) anything else is reconsumed in the comment end state.
    mutating func commentLessThanSignBangDashDashState() {
        state = .commentEnd
    }

    /// 13.2.5.50 Comment end dash state.
    mutating func commentEndDashState() {
        switch current {
        case ASCII.hyphenMinus?:
            position += 1
            state = .commentEnd
        case .some:
            commentData.append(ASCII.hyphenMinus)
            state = .comment
        case nil:
            emitCurrentComment()
            emitEndOfFile()
        }
    }

    /// 13.2.5.51 Comment end state.
    mutating func commentEndState() {
        switch current {
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentComment()
        case ASCII.exclamationMark?:
            position += 1
            state = .commentEndBang
        case ASCII.hyphenMinus?:
            commentData.append(ASCII.hyphenMinus)
            position += 1
        case .some:
            commentData.append(ASCII.hyphenMinus)
            commentData.append(ASCII.hyphenMinus)
            state = .comment
        case nil:
            emitCurrentComment()
            emitEndOfFile()
        }
    }

    /// 13.2.5.52 Comment end bang state.
    mutating func commentEndBangState() {
        switch current {
        case ASCII.hyphenMinus?:
            commentData.append(contentsOf: Self.dashDashBang)
            position += 1
            state = .commentEndDash
        case ASCII.greaterThanSign?:
            position += 1
            state = .data
            emitCurrentComment()
        case .some:
            commentData.append(contentsOf: Self.dashDashBang)
            state = .comment
        case nil:
            emitCurrentComment()
            emitEndOfFile()
        }
    }

    /// The text `--!` that the comment end bang state keeps in the comment.
    private static let dashDashBang: [UInt8] = Array("--!".utf8)
}
