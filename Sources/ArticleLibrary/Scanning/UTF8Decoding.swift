/// UTF-8 decoding that counts what it had to repair.
enum UTF8Decoding {
    /// `bytes` as a string, bad sequences as U+FFFD, and how many there were.
    /// With `dropIncompleteTail`, a sequence cut off at the end (a partial read) is dropped.
    static func decode(_ bytes: [UInt8], dropIncompleteTail: Bool) -> (String, Int) {
        var slice = bytes[...]
        if dropIncompleteTail { slice = slice.dropLast(incompleteTailLength(bytes)) }
        if let valid = String(validating: slice, as: UTF8.self) {
            return (valid, 0)
        }
        var invalid = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = slice.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                invalid += 1
                scalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        return (String(scalars), invalid)
    }

    /// The length of a UTF-8 sequence started but not finished at the end of `bytes`.
    private static func incompleteTailLength(_ bytes: [UInt8]) -> Int {
        var back = 0
        var index = bytes.count - 1
        while index >= 0, back < 4 {
            let b = bytes[index]
            back += 1
            if b & 0xC0 != 0x80 {
                let need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                return need > back ? back : 0
            }
            index -= 1
        }
        return 0
    }
}
