extension Tokenizer {
    /// The current input character, or nil at the end of the input.
    @inline(__always)
    var current: UInt8? {
        position < input.count ? input[position] : nil
    }

    /// Whether text is waiting to be emitted.
    var hasPendingText: Bool {
        textIsBuffered || textStart < textEnd
    }

    /// Emits the input bytes in `range` as characters, extending the pending slice if possible.
    @inline(__always)
    mutating func emitInputCharacters(_ range: Range<Int>) {
        if textIsBuffered {
            textBuffer.append(contentsOf: input[range])
        } else if textStart == textEnd {
            textStart = range.lowerBound
            textEnd = range.upperBound
        } else if textEnd == range.lowerBound {
            textEnd = range.upperBound
        } else {
            bufferPendingText()
            textBuffer.append(contentsOf: input[range])
        }
    }

    /// Consumes the current input character and emits it.
    @inline(__always)
    mutating func emitCurrentInputCharacter() {
        emitInputCharacters(position..<position + 1)
        position += 1
    }

    /// Emits bytes that do not come from the input (decoded references, U+FFFD).
    mutating func emitCharacterBytes(_ bytes: some Collection<UInt8>) {
        bufferPendingText()
        textBuffer.append(contentsOf: bytes)
    }

    /// Consumes a NULL and emits U+FFFD in its place.
    mutating func emitReplacementCharacter() {
        emitCharacterBytes(ASCII.replacementCharacter)
        position += 1
    }

    /// Emits the end-of-file token after any pending text.
    mutating func emitEndOfFile() {
        flushText()
        reachedEnd = true
    }

    /// Emits `token` after any pending text.
    mutating func emit(_ token: consuming Token) {
        flushText()
        readyToken = token
    }

    /// Moves pending text into `readyText` so that `next()` returns it.
    mutating func flushText() {
        if textIsBuffered {
            readyText = String(decoding: textBuffer, as: UTF8.self)
            textBuffer.removeAll(keepingCapacity: true)
            textIsBuffered = false
        } else if textStart < textEnd {
            readyText = String(decoding: input[textStart..<textEnd], as: UTF8.self)
            textStart = 0
            textEnd = 0
        }
    }

    /// Copies the pending slice into `textBuffer` so that text from elsewhere can follow it.
    private mutating func bufferPendingText() {
        guard !textIsBuffered else { return }
        textBuffer.append(contentsOf: input[textStart..<textEnd])
        textStart = 0
        textEnd = 0
        textIsBuffered = true
    }

    /// The index of the first byte at or after `start` equal to `a` or `b`, or the input's end.
    func indexOfFirst(_ a: UInt8, _ b: UInt8, from start: Int) -> Int {
        indexOfFirst(a, b, b, from: start)
    }

    /// The index of the first byte at or after `start` equal to `a`, `b` or `c`, or the end.
    func indexOfFirst(_ a: UInt8, _ b: UInt8, _ c: UInt8, from start: Int) -> Int {
        input.withUnsafeBufferPointer { Self.indexOfFirst(a, b, c, in: $0, from: start) }
    }

    /// Finds the first of three bytes eight bytes at a time (SWAR: a byte of `word ^ pattern`
    /// is zero exactly where `word` holds the byte; the lowest flagged byte is exact).
    static func indexOfFirst(
        _ a: UInt8, _ b: UInt8, _ c: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let count = buffer.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let (patternA, patternB, patternC) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
            let xa = word ^ patternA
            let xb = word ^ patternB
            let xc = word ^ patternC
            let found =
                ((xa &- ones) & ~xa | (xb &- ones) & ~xb | (xc &- ones) & ~xc) & highs
            if found != 0 {
                return index + found.trailingZeroBitCount / 8
            }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte == a || byte == b || byte == c { break }
            index += 1
        }
        return index
    }
}
