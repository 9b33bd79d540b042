/// The index's tables. Bump `version` whenever they change: an index of another version is
/// deleted and rebuilt (it is only a cache).
enum IndexSchema {
    /// Stored in `PRAGMA user_version`.
    static let version: Int64 = 4

    /// Connection settings, run on every open.
    static let pragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -16000;
        PRAGMA journal_size_limit = 16777216;
        """

    /// `files`: one row per article file, keyed by absolute path, with its size and
    /// modification time (nanoseconds), the article's metadata in columns (lists joined by
    /// U+001F with one at each end, `extra` and `warnings` as JSON objects). The body's plain
    /// text is in `bodies`, so listing never reads past the metadata. `fts` indexes the view
    /// `documents` (both joined) as external content. Filling
    /// `fts` costs far more than reading the files (the trigram tokenizer), so it is a second
    /// step: `pending` lists the rows not yet in `fts` (a trigger adds each new row), and
    /// `updateSearchIndex` moves them in; a trigger takes deleted rows out of `fts`.
    /// `files_order` is the library's date order (`Library.precedes`), so listing needs no sort.
    /// `roots`: the folders and files refreshed, with the scan's own warnings.
    static let create = """
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            warnings TEXT,
            date REAL,
            title TEXT,
            title_source TEXT,
            date_text TEXT,
            authors TEXT,
            categories TEXT,
            tags TEXT,
            image TEXT,
            summary TEXT,
            url TEXT,
            format TEXT,
            front_matter TEXT,
            extra TEXT
        );
        CREATE TABLE bodies (id INTEGER PRIMARY KEY, body TEXT);
        CREATE VIEW documents AS
            SELECT f.id AS id, f.title AS title, f.categories AS categories, f.tags AS tags,
                f.authors AS authors, b.body AS body
            FROM files f JOIN bodies b ON b.id = f.id;
        CREATE INDEX files_order ON files(date DESC, title COLLATE folio_title, path);
        CREATE VIRTUAL TABLE fts USING fts5(
            title, categories, tags, authors, body,
            content = 'documents', content_rowid = 'id', tokenize = 'trigram'
        );
        CREATE TABLE pending (id INTEGER PRIMARY KEY);
        CREATE TRIGGER files_inserted AFTER INSERT ON files WHEN new.skipped = 0 BEGIN
            INSERT INTO pending (id) VALUES (new.id);
        END;
        CREATE TRIGGER files_deleted AFTER DELETE ON files BEGIN
            INSERT INTO fts(fts, rowid, title, categories, tags, authors, body)
            SELECT 'delete', old.id, old.title, old.categories, old.tags, old.authors,
                (SELECT body FROM bodies WHERE id = old.id)
            WHERE old.skipped = 0 AND NOT EXISTS (SELECT 1 FROM pending WHERE id = old.id);
            DELETE FROM pending WHERE id = old.id;
            DELETE FROM bodies WHERE id = old.id;
        END;
        CREATE TABLE roots (
            path TEXT PRIMARY KEY,
            warnings TEXT
        );
        """
}
