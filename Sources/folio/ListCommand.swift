import ArgumentParser
import ArticleLibrary
import Foundation
import ReaderCore

/// `folio list`: print the library, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the articles of a library: date, title, categories, path (tab-separated)."
    )

    @Flag(help: "Print one JSON array of {path, title, date, author, categories, tags, image, format}.")
    var json = false

    @Option(help: "Order: date (newest first), title or path.")
    var sort: SortOption = .date

    @Argument(help: "Article files and folders (scanned recursively).")
    var paths: [String]

    func run() throws {
        let library = try Diagnostics.loadLibrary(paths: paths, sort: sort.order)
        let output = json ? ListOutput.json(library.articles) : ListOutput.text(library.articles)
        FileHandle.standardOutput.write(Data(output.utf8))
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
