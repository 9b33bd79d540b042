import ArgumentParser
import ArticleLibrary
import Foundation
import ReaderCore

/// `folio [PATH...]`: open the library in the terminal reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the library in the terminal reader (the default command)."
    )

    @Argument(help: "Article files and folders (scanned recursively).")
    var paths: [String]

    func run() throws {
        let library = try Diagnostics.loadLibrary(paths: paths, sort: .date)
        FileHandle.standardOutput.write(Data(ListOutput.text(library.articles).utf8))
    }
}
