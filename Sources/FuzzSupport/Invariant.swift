/// Invariant checks that stop the process with a message libFuzzer reports as a crash.
public enum Invariant {
    /// Stops the process with `message` unless `condition` holds.
    public static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        if !condition() {
            fatalError("invariant violated: \(message())", file: file, line: line)
        }
    }

    /// Whether `scalar` is something a terminal interprets rather than draws: a C0 control
    /// (line ends and tabs included), DEL, a C1 control, or a bidi embedding, override, isolate
    /// or mark.
    public static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The first terminal control scalar in `text`, if any.
    public static func firstTerminalControl(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isTerminalControl)
    }

    /// `text` with its scalars as `U+XXXX` codes, for messages about invisible characters.
    public static func codes(_ text: String) -> String {
        text.unicodeScalars.prefix(80).map { "U+" + String($0.value, radix: 16, uppercase: true) }
            .joined(separator: " ")
    }

    /// The number of times `scalar` occurs in `text`.
    public static func count(of scalar: Unicode.Scalar, in text: String) -> Int {
        text.unicodeScalars.reduce(0) { $1 == scalar ? $0 + 1 : $0 }
    }

    /// The number of `&#` pairs in `bytes`: numeric character references, the only way U+000D
    /// survives the tokenizer's preprocessing.
    public static func numericReferenceCount(_ bytes: some Collection<UInt8>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == 0x26, byte == 0x23 { count += 1 }
            previous = byte
        }
        return count
    }
}
