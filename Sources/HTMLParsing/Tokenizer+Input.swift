extension Tokenizer {
    /// The UTF-8 bytes of `bytes` with every invalid sequence replaced by U+FFFD.
    static func repairingUTF8(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        Array(String(decoding: Array(bytes), as: UTF8.self).utf8)
    }

    /// Normalizes newlines ("preprocessing the input stream"): CR LF and lone CR become LF.
    static func preprocess(_ bytes: [UInt8]) -> [UInt8] {
        guard let firstCR = bytes.firstIndex(of: ASCII.carriageReturn) else { return bytes }
        var output = bytes
        var write = firstCR
        var read = firstCR
        while read < output.count {
            let byte = output[read]
            read += 1
            if byte == ASCII.carriageReturn {
                output[write] = ASCII.lineFeed
                if read < output.count && output[read] == ASCII.lineFeed { read += 1 }
            } else {
                output[write] = byte
            }
            write += 1
        }
        output.removeLast(output.count - write)
        return output
    }
}
