import ArticleLibrary
import Foundation

/// Catching the search index up from the command line, with `folio: indexing text for search:
/// N/M` on one line of standard error when it is a terminal.
enum SearchIndexProgress {
    /// Adds to `index`'s full-text index every article it lacks.
    static func update(_ index: LibraryIndex) throws {
        guard isatty(STDERR_FILENO) == 1 else { return try index.updateSearchIndex() }
        try index.updateSearchIndex { done, total in
            let end = done == total ? "\n" : ""
            FileHandle.standardError.write(
                Data("\rfolio: indexing text for search: \(done)/\(total)\(end)".utf8))
            return true
        }
    }
}
