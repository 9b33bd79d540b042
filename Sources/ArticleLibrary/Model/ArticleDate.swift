import Foundation

/// Parses the dates found in real front matter into instants.
///
/// Accepted: RFC 2822 (`Tue, 22 Feb 2022 12:29:19 GMT`, weekday optional, zone name or
/// `+0800`), ISO 8601 (`2022-02-22T12:29:19Z`, fractions, `+08:00`), `YYYY-MM-DD`,
/// unpadded `2020-12-2`, `YYYY/MM/DD`, and `YYYY-MM-DD HH:MM[:SS]` with or without an
/// offset. A date with no offset is taken as UTC, so output never depends on the machine.
public enum ArticleDate {
    /// The instant `text` names, or nil when it is not a date this parser understands.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.utf8.count < 100 else { return nil }
        var scanner = DateScanner(trimmed)
        if let first = trimmed.unicodeScalars.first, CharacterSet.letters.contains(first) {
            return parseRFC2822(&scanner)
        }
        if let date = parseNumeric(&scanner) { return date }
        var rfc = DateScanner(trimmed)
        return parseRFC2822(&rfc)
    }

    /// The ISO 8601 form used in `--json` output: `2022-02-22T12:29:19Z`.
    public static func iso8601(_ date: Date) -> String {
        let (y, mo, d, h, mi, s) = components(of: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, h, mi, s)
    }

    /// Day and minute in UTC, `2022-02-22 12:29 UTC`, as an article header shows it.
    public static func dayAndTime(_ date: Date) -> String {
        let (y, mo, d, h, mi, _) = components(of: date)
        return String(format: "%04d-%02d-%02d %02d:%02d UTC", y, mo, d, h, mi)
    }

    /// The day in UTC, `2022-02-22`, as the list shows it.
    public static func day(_ date: Date) -> String {
        let (y, mo, d, _, _, _) = components(of: date)
        return String(format: "%04d-%02d-%02d", y, mo, d)
    }

    private static func components(of date: Date) -> (Int, Int, Int, Int, Int, Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - days * 86400
        let (y, m, d) = CivilCalendar.civil(fromDays: days)
        return (y, m, d, rest / 3600, rest % 3600 / 60, rest % 60)
    }

    private static func parseNumeric(_ s: inout DateScanner) -> Date? {
        guard let year = s.number(maxDigits: 4), year >= 1000 else { return nil }
        guard let sep = s.peek(), sep == "-" || sep == "/" || sep == "." else { return nil }
        s.advance()
        guard let month = s.number(maxDigits: 2), s.consume(sep), let day = s.number(maxDigits: 2)
        else { return nil }
        var time = (h: 0, m: 0, s: 0.0)
        var offset = 0
        if s.consume("T") || s.consume("t") || s.skipSpaces() {
            if !s.atEnd {
                guard let t = parseTime(&s) else { return nil }
                time = t
                s.skipSpaces()
                guard let zone = parseZone(&s) else { return nil }
                offset = zone
            }
        }
        s.skipSpaces()
        guard s.atEnd else { return nil }
        return CivilCalendar.instant(
            year: year, month: month, day: day, hour: time.h, minute: time.m, second: time.s,
            offsetSeconds: offset)
    }

    private static func parseRFC2822(_ s: inout DateScanner) -> Date? {
        // An optional weekday: a word that is not a month, usually followed by a comma.
        if let word = s.word(), CivilCalendar.month(named: word) == nil {
            _ = s.consume(",")
            s.skipSpaces()
        } else {
            s.reset()
        }
        guard let day = s.number(maxDigits: 2) else { return nil }
        s.skipSpaces()
        guard let monthName = s.word(), let month = CivilCalendar.month(named: monthName) else { return nil }
        s.skipSpaces()
        guard var year = s.number(maxDigits: 4) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        s.skipSpaces()
        var time = (h: 0, m: 0, s: 0.0)
        var offset = 0
        if !s.atEnd {
            guard let t = parseTime(&s) else { return nil }
            time = t
            s.skipSpaces()
            guard let zone = parseZone(&s) else { return nil }
            offset = zone
        }
        s.skipSpaces()
        guard s.atEnd else { return nil }
        return CivilCalendar.instant(
            year: year, month: month, day: day, hour: time.h, minute: time.m, second: time.s,
            offsetSeconds: offset)
    }

    private static func parseTime(_ s: inout DateScanner) -> (h: Int, m: Int, s: Double)? {
        guard let hour = s.number(maxDigits: 2), s.consume(":"), let minute = s.number(maxDigits: 2)
        else { return nil }
        var second = 0.0
        if s.consume(":") {
            guard let whole = s.number(maxDigits: 2) else { return nil }
            second = Double(whole)
            if s.consume(".") || s.consume(",") {
                guard let fraction = s.digits() else { return nil }
                second += Double("0." + fraction) ?? 0
            }
        }
        guard hour <= 24, minute < 60, second < 61 else { return nil }
        return (hour, minute, second)
    }

    /// Zone offset in seconds east of UTC; nil when malformed. Missing means UTC.
    private static func parseZone(_ s: inout DateScanner) -> Int? {
        guard let c = s.peek() else { return 0 }
        if c == "+" || c == "-" {
            s.advance()
            guard let hours = s.number(maxDigits: 2) else { return nil }
            _ = s.consume(":")
            let minutes = s.number(maxDigits: 2) ?? 0
            guard hours < 24, minutes < 60 else { return nil }
            let total = hours * 3600 + minutes * 60
            return c == "-" ? -total : total
        }
        guard let name = s.word() else { return nil }
        return CivilCalendar.zoneOffset(named: name)
    }
}
