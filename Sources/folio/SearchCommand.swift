import ArgumentParser
import ArticleLibrary
import Foundation
import ReaderCore

/// `folio search`: find articles by text and metadata through the library index.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, categories, tags, authors and text; print matches, best first.",
        discussion: """
            QUERY: words (all must occur), "an exact phrase", tag:X, category:X, author:X, \
            after:2022-01-01 (on or after), before:2022-12-31 (before). Text form: date, title, \
            path and snippet, tab-separated, with the matched text between « and ». The index \
            lives in $XDG_CACHE_HOME/folio (else ~/.cache/folio) and is brought up to date first \
            unless it was within the last \(Int(SearchCommand.freshness)) seconds (as an open reader \
            keeps it). When more than \(LibraryIndex.searchCatchUpLimit) articles are missing from \
            the search index (a library never searched), their text is read instead, with a note: \
            `folio index` (or an open reader, in the background) makes searches instant.
            """
    )

    @Flag(help: "Print one JSON array of {path, title, date, snippet, rank}.")
    var json = false

    @Option(help: "The most matches to print.")
    var limit = 50

    @Argument(help: "What to look for (see below).")
    var query: String

    @Argument(help: "Article files and folders (scanned recursively).")
    var paths: [String]

    func run() throws {
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery.parse(query)
        } catch {
            throw Diagnostics.fail("\(error)")
        }
        let index = try openIndex()
        do {
            if try !SearchCommand.isFresh(index.lastRefresh(paths: paths)) {
                _ = try index.update(paths: paths)
            }
            Diagnostics.note(index.messages)
            Diagnostics.report(try index.storedWarnings(paths: paths))
        } catch let missing as LibraryScanner.MissingPath {
            throw Diagnostics.fail("\(missing)")
        }
        let missing = try index.pendingSearchCount()
        let readingText = missing > LibraryIndex.searchCatchUpLimit
        if readingText {
            Diagnostics.note([
                "\(missing) articles are not in the search index yet, so their text was read (slower);"
                    + " `folio index` with the same paths adds them"
            ])
        } else {
            try SearchIndexProgress.update(index)
        }
        let hits = try index.search(parsed, paths: paths, limit: max(0, limit), readingText: readingText)
        guard json || !hits.isEmpty else { return }
        let output = json ? SearchOutput.json(hits) : SearchOutput.text(hits)
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// How recent a refresh of the index lets a search skip its own (a rescan stats every file:
    /// most of a search's time in a large library).
    static let freshness: TimeInterval = 30

    /// Whether a refresh at `date` is recent enough to search without another.
    static func isFresh(_ date: Date?) -> Bool {
        guard let date else { return false }
        let age = Date().timeIntervalSince(date)
        return age >= 0 && age < freshness
    }

    /// The standard index; when it cannot be opened, a temporary one in memory.
    private func openIndex() throws -> LibraryIndex {
        do {
            return try LibraryIndex.standard()
        } catch {
            Diagnostics.note(["cannot open the index (\(error)); using a temporary one"])
        }
        do {
            return try LibraryIndex(databasePath: ":memory:")
        } catch {
            throw Diagnostics.fail("cannot open an index: \(error)")
        }
    }

}
