/// The index's tables. Bump `version` whenever they change: an index of another version is
/// deleted and rebuilt (it is only a cache).
enum IndexSchema {
    /// Stored in `PRAGMA user_version`.
    static let version: Int64 = 9

    /// Connection settings, run on every open. The page cache is small (2 MB): a reader holds
    /// several connections, reads are mostly one pass the kernel's page cache serves, and a
    /// 16 MB cache a connection made a reader of 100,000 articles peak 40 MB higher with no
    /// measurable gain in indexing or search time.
    static let pragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -2000;
        PRAGMA journal_size_limit = 16777216;
        """

    /// What every column given to `fts` ends with (two U+0001): the trigram tokenizer then
    /// has a trigram starting with each of a column's last two characters, so one- and
    /// two-character queries can be answered from the index (`SearchPlan`).
    static let sentinel = "char(1, 1)"

    /// `files`: one row per article file, keyed by absolute path, with its size and
    /// modification time (nanoseconds), the article's metadata in columns (lists joined by
    /// U+001F with one at each end, `extra` and `warnings` as JSON objects). The body's plain
    /// text is in `bodies`, so listing never reads past the metadata. `fts` indexes the view
    /// `documents` (both joined, each column ending in `sentinel`) as external content,
    /// with `detail=none` (document lists only: a third of the size and no positions, so a
    /// term's trigrams are ANDed and matches are confirmed on the text); `fts_terms` lists its
    /// trigrams (how one- and two-character terms become an OR of trigrams). Filling
    /// `fts` costs far more than reading the files (the trigram tokenizer), so it is a second
    /// step: `pending` lists the rows not yet in `fts` (a trigger adds each new row), and
    /// `updateSearchIndex` moves them in; a trigger takes deleted rows out of `fts`.
    /// `files_warned` finds the files with warnings (`storedWarnings`) without a full scan.
    /// `files_order` is the library's date order (`Library.precedes`), so listing needs no sort.
    /// `roots`: the folders and files refreshed, with the scan's own warnings and when the last
    /// refresh of each finished (seconds since 1970).
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
            SELECT f.id AS id, f.title || \(sentinel) AS title,
                f.categories || \(sentinel) AS categories, f.tags || \(sentinel) AS tags,
                f.authors || \(sentinel) AS authors, b.body || \(sentinel) AS body
            FROM files f JOIN bodies b ON b.id = f.id;
        CREATE INDEX files_order ON files(date DESC, title COLLATE folio_title, path);
        CREATE INDEX files_warned ON files(path) WHERE warnings IS NOT NULL;
        CREATE VIRTUAL TABLE fts USING fts5(
            title, categories, tags, authors, body,
            content = 'documents', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
        );
        CREATE VIRTUAL TABLE fts_terms USING fts5vocab(fts, 'row');
        CREATE TABLE pending (id INTEGER PRIMARY KEY);
        CREATE TRIGGER files_inserted AFTER INSERT ON files WHEN new.skipped = 0 BEGIN
            INSERT INTO pending (id) VALUES (new.id);
        END;
        CREATE TRIGGER files_deleted AFTER DELETE ON files BEGIN
            INSERT INTO fts(fts, rowid, title, categories, tags, authors, body)
            SELECT 'delete', old.id, old.title || \(sentinel), old.categories || \(sentinel),
                old.tags || \(sentinel), old.authors || \(sentinel),
                (SELECT body FROM bodies WHERE id = old.id) || \(sentinel)
            WHERE old.skipped = 0 AND NOT EXISTS (SELECT 1 FROM pending WHERE id = old.id);
            DELETE FROM pending WHERE id = old.id;
            DELETE FROM bodies WHERE id = old.id;
        END;
        CREATE TABLE roots (
            path TEXT PRIMARY KEY,
            warnings TEXT,
            refreshed REAL
        );
        """
}
