import ArgumentParser

/// `folio`: read a library of article files in the terminal, or list and print it for scripts.
@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A terminal reader for article files (Markdown and HTML, with front matter).",
        subcommands: [
            ReadCommand.self, ListCommand.self, DumpCommand.self, SearchCommand.self, IndexCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
