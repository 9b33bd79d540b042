import ArgumentParser
import ArticleLibrary
import Foundation

/// `folio index`: bring the library index and its search index up to date.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the library's index and search index up to date, so searches are instant.",
        discussion: """
            Reads new and changed files into the index in $XDG_CACHE_HOME/folio (else \
            ~/.cache/folio), drops deleted ones, and adds every article to the full-text search \
            index (about three minutes of one core for 100,000 articles the first time; seconds \
            after). Progress goes to standard error when it is a terminal; warnings as `folio list` \
            gives them. Nothing is printed on standard output.
            """
    )

    @Argument(help: "Article files and folders (scanned recursively).")
    var paths: [String]

    func run() throws {
        let index: LibraryIndex
        do {
            index = try LibraryIndex.standard()
        } catch {
            throw Diagnostics.fail("cannot open the index: \(error)")
        }
        do {
            _ = try index.update(paths: paths)
            Diagnostics.note(index.messages)
            Diagnostics.report(try index.storedWarnings(paths: paths))
            try SearchIndexProgress.update(index)
        } catch let missing as LibraryScanner.MissingPath {
            throw Diagnostics.fail("\(missing)")
        } catch {
            throw Diagnostics.fail("cannot index: \(error)")
        }
    }
}
