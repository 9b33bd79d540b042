import Foundation

/// Runs the chosen benchmarks and prints their tables (or one JSON document).
struct BenchRunner {
    /// The command line.
    var options: BenchOptions

    /// Runs everything; gives the tables in order.
    func run() throws -> [ResultTable] {
        if options.subcommands == [.library] && options.documentPath == nil {
            let table = try runLibrary()
            if !options.json { print(table.rendered()) }
            return [table]
        }
        let located = CorpusLocator.locate()
        guard let corpus = located.path else {
            throw BenchError(
                message: "no corpus folder; tried \(located.tried.joined(separator: ", ")). Set FOLIO_CORPUS."
            )
        }
        Progress.say("reading the corpus at \(corpus)")
        let articles = try CorpusArticle.load(from: corpus)
        let bytes = BenchDocument.build(from: articles, targetBytes: options.sizeMB * 1_000_000)
        guard !bytes.isEmpty else { throw BenchError(message: "no HTML bodies in \(corpus)") }
        if let documentPath = options.documentPath {
            try Data(bytes).write(to: URL(fileURLWithPath: documentPath))
            Progress.say("wrote \(documentPath): \(bytes.count) bytes")
            return []
        }
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let path = try scratch.write(bytes, named: "bench.html")
        let sources = articles.filter(\.isHTML).count
        Progress.say("built \(path): \(bytes.count) bytes from the HTML bodies of \(sources) articles")

        var tables: [ResultTable] = []
        for subcommand in options.subcommands {
            let printed = tables.count
            switch subcommand {
            case .parse:
                tables.append(
                    ParseBenchmark(
                        bytes: bytes, path: path, scratch: scratch, runs: options.runs,
                        processRuns: options.processRuns
                    ).run())
            case .dump:
                tables.append(
                    DumpBenchmark(
                        bytes: bytes, path: path, scratch: scratch, runs: options.runs,
                        processRuns: options.processRuns
                    ).run())
                tables.append(
                    ArticleRenderBenchmark(articles: articles, corpus: corpus, runs: options.runs).run())
            case .library:
                tables.append(try runLibrary())
            }
            if !options.json {
                for table in tables[printed...] { print(table.rendered()) }
            }
        }
        return tables
    }
}
