import Foundation

extension LibraryBenchmark {
    /// What the `folio list` runs gave.
    struct ListFigures {
        /// Cold and warm rows.
        var figures: [LibraryFigure]
        /// The listed titles (to recognize the reader's first paint).
        var titles: [String]
        /// How many articles were listed.
        var articles: Int
    }

    /// `folio list` with an empty cache (a fresh one each run) and again with the last one.
    mutating func listFigures(folio: String, environment: inout FolioEnvironment) throws -> ListFigures {
        let output = scratch.path + "/list.out"
        let arguments = [folio, "list", library.path]
        var cache = ""
        Progress.say("folio list, empty cache (\(processRuns) runs)")
        let cold = try measure(
            "folio list, empty cache (best of \(processRuns))", arguments, runs: processRuns, output: output
        ) {
            cache = try environment.freshCache()
            return environment.variables(cache: cache)
        }
        Progress.say("folio list, filled cache (\(processRuns) runs)")
        let variables = environment.variables(cache: cache)
        let warm = try measure(
            "folio list, same cache again (best of \(processRuns))", arguments, runs: processRuns,
            output: output
        ) { variables }
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let titles = TitleMatcher.titles(inListOutput: text)
        notes.append("folio list printed \(titles.count) articles")
        return ListFigures(figures: [cold, warm], titles: titles, articles: titles.count)
    }
}
