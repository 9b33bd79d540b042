import Foundation

/// The library index: a SQLite database of every article file's metadata and plain text, so
/// a library opens without parsing its files again and full-text search is fast.
///
/// One database serves every library (`IndexLocation`), keyed by absolute path; each call names
/// the roots it is about. It is only a cache: when it is unreadable, corrupt or from another
/// schema version it is deleted and rebuilt, and `messages` says so. One instance holds one
/// connection and must stay on one thread at a time; open another instance for another thread
/// (WAL mode lets readers and one writer work side by side, also across processes).
public final class LibraryIndex {
    /// The database file.
    public let databasePath: String
    /// What happened to the cache itself (rebuilt because corrupt, ...), for standard error.
    public private(set) var messages: [String] = []
    /// How many files this instance has read and parsed (new or changed ones only).
    public internal(set) var filesRead = 0
    var database: SQLiteDatabase

    /// Opens (creating if needed) the index at `databasePath`, rebuilding it when unusable.
    public init(databasePath: String) throws {
        self.databasePath = databasePath
        let folder = (databasePath as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var notes: [String] = []
        database = try LibraryIndex.connect(databasePath, notes: &notes)
        messages = notes
    }

    /// The index in the standard cache folder (`IndexLocation.folder`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> LibraryIndex
    {
        guard let folder = IndexLocation.folder(environment: environment) else {
            throw SQLiteError(
                code: 14, message: "cannot locate the cache folder: neither XDG_CACHE_HOME nor HOME is set")
        }
        return try LibraryIndex(
            databasePath: (folder as NSString).appendingPathComponent(IndexLocation.fileName))
    }

    /// Runs `body`; if the database turns out corrupt, rebuilds it empty and runs `body` once more.
    func recovering<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError where error.isCorruption {
            database.close()
            var notes: [String] = []
            LibraryIndex.remove(databasePath)
            notes.append("index \(databasePath) is corrupt (\(error.message)); rebuilt it")
            database = try LibraryIndex.connect(databasePath, notes: &notes)
            messages += notes
            return try body()
        }
    }

    /// Opens `path`; an unreadable file or another schema version is deleted and created anew.
    private static func connect(_ path: String, notes: inout [String]) throws -> SQLiteDatabase {
        do {
            return try open(path)
        } catch let error as SQLiteError where error.isCorruption {
            notes.append("index \(path) is unreadable (\(error.message)); rebuilt it")
        } catch let mismatch as SchemaMismatch {
            notes.append(
                "index \(path) has schema version \(mismatch.found), not \(IndexSchema.version); rebuilt it")
        }
        remove(path)
        return try open(path)
    }

    private struct SchemaMismatch: Error {
        var found: Int64
    }

    private static func open(_ path: String) throws -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: path)
        try database.registerTitleCollation()
        try database.execute(IndexSchema.pragmas)
        let version = try database.integer("PRAGMA user_version")
        if version == IndexSchema.version { return database }
        let tables = try database.integer("SELECT count(*) FROM sqlite_master")
        guard version == 0, tables == 0 else {
            database.close()
            throw SchemaMismatch(found: version)
        }
        try database.transaction {
            try database.execute(IndexSchema.create)
            try database.execute("PRAGMA user_version = \(IndexSchema.version)")
        }
        return database
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }
}
