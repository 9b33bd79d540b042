import CSQLite

/// A failed SQLite call: its result code and SQLite's message.
public struct SQLiteError: Error, CustomStringConvertible {
    /// The primary result code (`SQLITE_CORRUPT`, `SQLITE_NOTADB`, ...).
    public var code: Int32
    /// SQLite's message, with what was being done.
    public var message: String

    /// `message (code N)`.
    public var description: String { "\(message) (SQLite code \(code))" }

    /// Whether the database file itself is damaged or not a database at all.
    public var isCorruption: Bool {
        let primary = code & 0xFF
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB
    }
}
