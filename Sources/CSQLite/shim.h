// The C shim for SQLite (Debian: libsqlite3-dev). SQLITE_TRANSIENT is a macro Swift cannot import.
#ifndef FOLIO_CSQLITE_SHIM_H
#define FOLIO_CSQLITE_SHIM_H
#include <sqlite3.h>

static inline sqlite3_destructor_type folio_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
