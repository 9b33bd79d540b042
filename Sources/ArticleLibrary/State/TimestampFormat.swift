import Foundation

/// ISO 8601 timestamps in UTC to the whole second (`2026-11-25T20:31:16Z`), as the state file
/// stores them; parsing also accepts fractional seconds and a numeric offset.
enum TimestampFormat {
    /// `date` as `YYYY-MM-DDTHH:MM:SSZ`, seconds rounded down.
    static func format(_ date: Date) -> String {
        let (year, month, day, hour, minute, second) = fields(date)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":"
            + pad(minute, 2) + ":" + pad(second, 2) + "Z"
    }

    /// Appends `format(date)` to `out` without building a string.
    static func append(_ date: Date, to out: inout JSONOutput) {
        let (year, month, day, hour, minute, second) = fields(date)
        out.digits(year, width: 4)
        out.byte(0x2D)
        out.digits(month, width: 2)
        out.byte(0x2D)
        out.digits(day, width: 2)
        out.byte(0x54)
        out.digits(hour, width: 2)
        out.byte(0x3A)
        out.digits(minute, width: 2)
        out.byte(0x3A)
        out.digits(second, width: 2)
        out.byte(0x5A)
    }

    /// `date` as `YYYYMMDD-HHMMSS` (UTC), for file names.
    static func compact(_ date: Date) -> String {
        let (year, month, day, hour, minute, second) = fields(date)
        return pad(year, 4) + pad(month, 2) + pad(day, 2) + "-" + pad(hour, 2) + pad(minute, 2)
            + pad(second, 2)
    }

    /// The instant `text` names, or nil when it is not an ISO 8601 date and time.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var cursor = 0
        func number(_ width: Int) -> Int? {
            guard cursor + width <= bytes.count else { return nil }
            var value = 0
            for b in bytes[cursor..<cursor + width] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            cursor += width
            return value
        }
        func skip(_ byte: UInt8) -> Bool {
            guard cursor < bytes.count, bytes[cursor] == byte else { return false }
            cursor += 1
            return true
        }
        guard let year = number(4), skip(0x2D), let month = number(2), skip(0x2D), let day = number(2),
            skip(0x54) || skip(0x74), let hour = number(2), skip(0x3A), let minute = number(2), skip(0x3A),
            let second = number(2), hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if skip(0x2E) {
            var scale = 0.1
            let start = cursor
            while cursor < bytes.count, bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39 {
                fraction += Double(bytes[cursor] - 0x30) * scale
                scale /= 10
                cursor += 1
            }
            guard cursor > start else { return nil }
        }
        var offset = 0
        if skip(0x5A) || skip(0x7A) {
            offset = 0
        } else if cursor < bytes.count, bytes[cursor] == 0x2B || bytes[cursor] == 0x2D {
            let sign = bytes[cursor] == 0x2D ? -1 : 1
            cursor += 1
            guard let hours = number(2), skip(0x3A), let minutes = number(2) else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard cursor == bytes.count else { return nil }
        return CivilCalendar.instant(
            year: year, month: month, day: day, hour: hour, minute: minute, second: Double(second) + fraction,
            offsetSeconds: offset)
    }

    private static func fields(_ date: Date) -> (Int, Int, Int, Int, Int, Int) {
        // Clamped to years 0000 to 9999, which four digits can write.
        let raw = date.timeIntervalSince1970
        let seconds = raw.isFinite ? Int(min(max(raw, -62_167_219_200), 253_402_300_799).rounded(.down)) : 0
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let inDay = seconds - days * 86400
        let (year, month, day) = CivilCalendar.civil(fromDays: days)
        return (year, month, day, inDay / 3600, inDay % 3600 / 60, inDay % 60)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
