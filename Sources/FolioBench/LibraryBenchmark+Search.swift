import Foundation

extension LibraryBenchmark {
    /// The queries: a common Chinese term (trigram index), an English pair of words, and a rare
    /// two-character Chinese term (the short-query fallback). All occur in ../shared/corpus.
    static let queries = [
        ("Chinese", "人工智能"), ("English", "garbage collection"), ("Chinese, 2 characters, rare", "骆驼"),
    ]

    /// `folio search` once to build the search index, then each query with that index.
    mutating func searchFigures(folio: String, environment: [String: String]) -> [LibraryFigure] {
        let output = scratch.path + "/search.out"
        var figures: [LibraryFigure] = []
        do {
            Progress.say("folio search, first run: builds the search index")
            let build = try measure(
                "folio search, first run (builds the search index)",
                [folio, "search", "index", library.path],
                runs: 1, output: output
            ) { environment }
            figures.append(build)
            for (kind, query) in Self.queries {
                Progress.say("folio search '\(query)' (\(processRuns) runs)")
                var figure = try measure(
                    "folio search \(query)", [folio, "search", query, library.path], runs: processRuns,
                    output: output
                ) { environment }
                let hits = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(
                    separator: "\n"
                ).count
                let slowest =
                    figure.slowestSeconds.map { String(format: ", slowest %.0f ms", $0 * 1000) } ?? ""
                figure.name =
                    "folio search \(query) (\(kind); \(hits) hits; best of \(processRuns)\(slowest))"
                figure.timeLimit = (0.1, "< 100 ms")
                figures.append(figure)
            }
            notes.append(
                "folio search: a search skips its rescan when the index was refreshed recently, so"
                    + " after the first run only some runs rescan; those show as the slowest")
        } catch {
            notes.append("folio search: \(error)")
        }
        return figures
    }
}
