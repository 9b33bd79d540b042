/// The sentences shown to the reader when part of a document is not converted normally.
enum Notices {
    /// A paragraph line over the length limit.
    static func longLine(_ line: Int, characters: Int) -> String {
        "line \(grouped(line)) is \(grouped(characters)) characters long; shown as plain text"
    }

    /// A line with more `|` than a table row may have.
    static func wideTableRow(_ line: Int, pipes: Int) -> String {
        "line \(grouped(line)) has \(grouped(pipes)) table cell separators; shown as plain text"
    }

    /// A paragraph whose unclosed raw-HTML openers would take too long to scan.
    static func unclosedHTML(from first: Int, to last: Int) -> String {
        let lines = first == last ? "line \(grouped(first))" : "lines \(grouped(first))–\(grouped(last))"
        return "\(lines): too many unclosed HTML openers (<?, <!, <![CDATA[); shown as plain text"
    }

    /// The inline work budget ran out.
    static func budgetExhausted(fromLine line: Int) -> String {
        "the document is too costly to convert as a whole; from line \(grouped(line)) on it is shown as plain text"
    }

    /// The document is longer than the size limit.
    static func documentTooLarge(bytes: Int, fromLine line: Int) -> String {
        "the document is \(grouped(bytes)) bytes long; from line \(grouped(line)) on it is shown as plain text"
    }

    /// `value` with commas between groups of three digits: 1,400,000.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
