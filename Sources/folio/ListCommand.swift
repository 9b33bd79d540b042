import ArgumentParser
import ArticleLibrary
import Foundation
import ReaderCore

/// `folio list`: print the library, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the articles of a library: date, title, categories, path (tab-separated).",
        discussion: """
            The library is read through the index in $XDG_CACHE_HOME/folio (else ~/.cache/folio): \
            only files new or changed since the last run are read again. When the index cannot be \
            used, every file is read.
            """
    )

    @Flag(help: "Print one JSON array of {path, title, date, author, categories, tags, image, format}.")
    var json = false

    @Option(help: "Order: date (newest first), title or path.")
    var sort: SortOption = .date

    @Argument(help: "Article files and folders (scanned recursively).")
    var paths: [String]

    func run() throws {
        let library: Library
        if let indexed = try ListCommand.indexedLibrary(
            paths: paths, sort: sort.order, environment: ProcessInfo.processInfo.environment)
        {
            library = indexed
            Diagnostics.report(library.warnings)
        } else {
            library = try Diagnostics.loadLibrary(paths: paths, sort: sort.order)
        }
        ListOutput.write(library.articles, json: json) { FileHandle.standardOutput.write(Data($0.utf8)) }
    }
}

/// The `--sort` values.
enum SortOption: String, ExpressibleByArgument, CaseIterable {
    case date, title, path

    var order: Library.SortOrder {
        switch self {
        case .date: return .date
        case .title: return .title
        case .path: return .path
        }
    }
}
