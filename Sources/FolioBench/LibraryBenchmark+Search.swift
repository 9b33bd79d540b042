import Foundation

extension LibraryBenchmark {
    /// The queries: a common Chinese term (trigram index), an English pair of words, and a rare
    /// two-character Chinese term (the short-query fallback). All occur in ../shared/corpus.
    static let queries = [
        ("Chinese", "人工智能"), ("English", "garbage collection"), ("Chinese, 2 characters, rare", "骆驼"),
    ]

    /// `folio search` before the search index exists (it reads the stored text), `folio index`
    /// to build the search index, then each query with that index.
    mutating func searchFigures(folio: String, environment: [String: String]) -> [LibraryFigure] {
        let output = scratch.path + "/search.out"
        var figures: [LibraryFigure] = []
        do {
            let (_, first) = Self.queries[0]
            Progress.say("folio search '\(first)' before the search index (reads the text)")
            var reading = try measure(
                "folio search \(first), no search index yet", [folio, "search", first, library.path], runs: 1,
                output: output
            ) { environment }
            reading.name += " (reads every article's text; once)"
            figures.append(reading)
            Progress.say("folio index: builds the search index")
            figures.append(
                try measure(
                    "folio index (builds the search index)", [folio, "index", library.path], runs: 1,
                    output: output
                ) { environment })
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
