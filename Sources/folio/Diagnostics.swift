import ArgumentParser
import ArticleLibrary
import Foundation
import ReaderCore

/// Messages to standard error, made safe for the terminal.
enum Diagnostics {
    /// Prints warnings, one per line: `folio: warning: path:line: reason`.
    static func report(_ warnings: [LibraryWarning]) {
        guard !warnings.isEmpty else { return }
        let text = warnings.map { "folio: warning: " + OutputText.field($0.description) }.joined(
            separator: "\n")
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints `folio: message` for each message, one per line.
    static func note(_ messages: [String]) {
        for message in messages {
            FileHandle.standardError.write(Data(("folio: " + OutputText.field(message) + "\n").utf8))
        }
    }

    /// Prints `folio: message` and gives the exit code for a failed command.
    static func fail(_ message: String) -> ExitCode {
        note([message])
        return ExitCode(2)
    }

    /// Loads the library, reporting its warnings; a missing path ends the command with status 2.
    static func loadLibrary(paths: [String], sort: Library.SortOrder, quiet: Bool = false) throws -> Library {
        do {
            let library = try Library.load(paths: paths, sort: sort)
            if !quiet { report(library.warnings) }
            return library
        } catch let missing as LibraryScanner.MissingPath {
            throw fail("\(missing)")
        }
    }

    /// The theme to use: `name`, else the config's, else `default`; `mono` when `NO_COLOR` is
    /// set. Problems loading it are reported on standard error.
    static func theme(named name: String?, environment: [String: String]) -> Theme {
        let chosen = environment["NO_COLOR"].map { _ in "mono" } ?? name ?? "default"
        let loaded = ThemeStore.standard(environment: environment).load(chosen)
        note(loaded.messages)
        return loaded.theme
    }
}
