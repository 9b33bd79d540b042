import CSQLite

extension SQLiteDatabase {
    /// The collation that orders titles as `TitleOrder` does, so SQLite sorts a list exactly
    /// as `Library.sort` would. Every connection to the index registers it before use: the
    /// index's tables have an index built with it.
    static let titleCollation = "folio_title"

    /// Registers `titleCollation` on this connection.
    func registerTitleCollation() throws {
        let status = sqlite3_create_collation_v2(
            handle, SQLiteDatabase.titleCollation, SQLITE_UTF8, nil,
            { _, countA, a, countB, b in
                let x = UnsafeBufferPointer(start: a?.assumingMemoryBound(to: UInt8.self), count: Int(countA))
                let y = UnsafeBufferPointer(start: b?.assumingMemoryBound(to: UInt8.self), count: Int(countB))
                let order = TitleOrder.compare(x, y)
                return order < 0 ? -1 : order > 0 ? 1 : 0
            }, nil)
        guard status == SQLITE_OK else { throw SQLiteError(code: status, message: lastMessage) }
    }
}
