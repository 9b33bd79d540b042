extension Tokenizer {
    /// The UTF-8 bytes of `bytes` with every invalid sequence replaced by U+FFFD (maximal
    /// subparts, as the WHATWG UTF-8 decoder does). Valid input is not copied again.
    static func repairingUTF8(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        let array = Array(bytes)
        if array.withUnsafeBufferPointer(isValidUTF8) { return array }
        return Array(String(decoding: array, as: UTF8.self).utf8)
    }

    /// Whether `bytes` is well-formed UTF-8 (Unicode Table 3-7), checking ASCII 8 bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, secondRange) = (3, 0x80...0x9F)
            case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
            default: return false
            }
            guard index + length <= count, secondRange.contains(base[index + 1]) else { return false }
            for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 {
                return false
            }
            index += length
        }
        return true
    }

    /// Normalizes newlines ("preprocessing the input stream"): CR LF and lone CR become LF.
    static func preprocess(_ bytes: consuming [UInt8]) -> [UInt8] {
        let cr = ASCII.carriageReturn
        var output = bytes
        let firstCR = output.withUnsafeBufferPointer { indexOfFirst(cr, cr, cr, in: $0, from: 0) }
        guard firstCR < output.count else { return output }
        let length = output.withUnsafeMutableBufferPointer { buffer in
            var write = firstCR
            var read = firstCR
            while read < buffer.count {
                let byte = buffer[read]
                read += 1
                if byte == ASCII.carriageReturn {
                    buffer[write] = ASCII.lineFeed
                    if read < buffer.count && buffer[read] == ASCII.lineFeed { read += 1 }
                } else {
                    buffer[write] = byte
                }
                write += 1
            }
            return write
        }
        output.removeLast(output.count - length)
        return output
    }
}
