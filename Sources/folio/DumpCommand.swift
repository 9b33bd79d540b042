import ArgumentParser
import ArticleLibrary
import Foundation
import ReaderCore

/// `folio dump`: print articles laid out for a width, for scripts and pagers.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print articles as laid-out text: header, body, then the Links and Images lists."
    )

    @Option(help: "Line width in columns (default: the terminal's, else 80; at least 10).")
    var width: Int?

    @Option(help: "When to write colors and styles: auto, always or never.")
    var color: ColorChoice = .auto

    @Option(help: "The theme for colors (a name from themes/).")
    var theme: String?

    @Argument(help: "Article files and folders; - reads one article or bare HTML from standard input.")
    var paths: [String] = ["-"]

    func run() throws {
        let width = max(10, width ?? TerminalSize.columns() ?? 80)
        let environment = ProcessInfo.processInfo.environment
        let themeToUse =
            color.enabled(environment: environment)
            ? Diagnostics.theme(named: theme, environment: environment) : nil
        let articles = try articles()
        for (index, parsed) in articles.enumerated() {
            if index > 0 { try write("\u{0C}\n") }
            let rendered = RenderedArticle.render(parsed, width: width)
            try DumpOutput.write(rendered, theme: themeToUse, to: write)
            if index == articles.count - 1 { Self.leaveForExit(rendered) }
        }
    }

    /// Keeps the last article's lines until the process ends instead of freeing them.
    ///
    /// Freeing hundreds of thousands of lines and spans one by one, just before the exit
    /// hands all the memory back at once, took 6 % of `folio dump` on a 20 MB document
    /// (glibc consolidating its free lists again and again). Earlier articles are freed as
    /// usual, so memory does not grow with the number of articles. Held by a static, the
    /// article stays reachable, so a leak checker does not report it.
    private static func leaveForExit(_ rendered: RenderedArticle) {
        keptUntilExit = rendered
    }

    /// The article `leaveForExit` keeps; written once, at the end of `run`.
    nonisolated(unsafe) private static var keptUntilExit: RenderedArticle?

    /// Writes `text` to standard output as it is, without an extra copy.
    private func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try FileHandle.standardOutput.write(contentsOf: UnsafeRawBufferPointer($0)) }
    }

    private func articles() throws -> [ArticleParser.Parsed] {
        if paths == ["-"] {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let bytes = [UInt8](data.prefix(ArticleFileReader.readingLimit))
            switch ArticleFileReader.parse(
                bytes: bytes, totalSize: data.count, path: "<stdin>", limit: ArticleFileReader.readingLimit)
            {
            case .article(let parsed):
                Diagnostics.report(parsed.warnings)
                return [parsed]
            case .skipped(let warning):
                throw Diagnostics.fail(warning.description)
            }
        }
        let library = try Diagnostics.loadLibrary(paths: paths, sort: .date)
        var result: [ArticleParser.Parsed] = []
        for article in library.articles {
            switch ArticleFileReader.read(path: article.path, limit: ArticleFileReader.readingLimit) {
            case .article(let parsed):
                Diagnostics.report(parsed.warnings.filter { !library.warnings.contains($0) })
                result.append(parsed)
            case .skipped(let warning):
                Diagnostics.report([warning])
            }
        }
        return result
    }
}

/// The `--color` values.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to write styles: `auto` means standard output is a terminal, `NO_COLOR` is unset
    /// and `TERM` is not `dumb`.
    func enabled(environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            return isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
        }
    }
}
