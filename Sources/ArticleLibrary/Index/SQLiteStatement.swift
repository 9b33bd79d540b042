import CSQLite

/// A compiled statement: bind parameters (1-based), step through rows, read columns (0-based).
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Clears bindings and rewinds, ready to run again.
    func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    /// Binds text, or NULL for nil.
    func bind(_ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(statement, index)
            return
        }
        var copy = value
        copy.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress {
                    _ = sqlite3_bind_text(
                        statement, index, base, Int32(chars.count), folio_sqlite_transient())
                } else {
                    _ = sqlite3_bind_text(statement, index, "", 0, folio_sqlite_transient())
                }
            }
        }
    }

    /// Binds an integer.
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement, index, value)
    }

    /// Binds a floating-point number, or NULL for nil.
    func bind(_ index: Int32, _ value: Double?) {
        if let value {
            sqlite3_bind_double(statement, index, value)
        } else {
            sqlite3_bind_null(statement, index)
        }
    }

    /// Runs to the next row: true when a row is ready, false when done.
    @discardableResult
    func step() throws -> Bool {
        let status = sqlite3_step(statement)
        if status == SQLITE_ROW { return true }
        if status == SQLITE_DONE { return false }
        throw SQLiteError(code: status, message: database.lastMessage)
    }

    /// Runs a statement that returns no rows, then resets it.
    func run() throws {
        defer { reset() }
        try step()
    }

    /// The column as an integer (0 for NULL).
    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    /// The column as a number, nil for NULL.
    func double(_ column: Int32) -> Double? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_double(statement, column)
    }

    /// The column as text, nil for NULL.
    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column's text as bytes, valid until the next `step` or `reset` (empty for NULL).
    func textBytes(_ column: Int32) -> UnsafeRawBufferPointer {
        guard let pointer = sqlite3_column_text(statement, column) else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, column)))
    }

    /// The column as text, empty for NULL.
    func string(_ column: Int32) -> String {
        text(column) ?? ""
    }
}
