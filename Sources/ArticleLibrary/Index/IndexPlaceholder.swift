import CSQLite

/// The SQLite library index (being written).
enum LibraryIndexPlaceholder {
    /// The SQLite version linked.
    static var sqliteVersion: String { String(cString: sqlite3_libversion()) }
}
