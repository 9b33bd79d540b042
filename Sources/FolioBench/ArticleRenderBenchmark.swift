import ReaderCore

/// The time to render one corpus article in-process (`RenderedArticle.render` at 80 columns,
/// reading excluded), median and worst, split by body format (issues 4 and 5).
struct ArticleRenderBenchmark {
    /// The corpus articles, already read.
    var articles: [CorpusArticle]
    /// The corpus folder, for the note.
    var corpus: String
    /// Runs per article (the best is kept).
    var runs: Int

    /// Runs the measurements and gives the table.
    func run() -> ResultTable {
        var table = ResultTable(
            title:
                "render: one corpus article, RenderedArticle.render at 80 columns (best of \(runs) per article)",
            columns: [
                "body format", "articles", "input", "median ms", "worst ms", "worst file", "MB/s", "peak RSS",
            ])
        Progress.say("rendering \(articles.count) corpus articles")
        var timings: [(article: CorpusArticle, seconds: Double)] = []
        let peak = PeakMemory.measure {
            for article in articles {
                let seconds = Stopwatch.best(runs: runs) {
                    _ = RenderedArticle.render(article.parsed, width: 80).document.lines.count
                }
                timings.append((article, seconds))
            }
        }
        let groups: [(String, (CorpusArticle) -> Bool)] = [
            ("HTML", { $0.isHTML }), ("Markdown (incl. +HTML)", { !$0.isHTML }), ("all", { _ in true }),
        ]
        for (name, belongs) in groups {
            let group = timings.filter { belongs($0.article) }
            guard let worst = group.max(by: { $0.seconds < $1.seconds }) else {
                table.rows.append(
                    [.text(name), .number(0, digits: 0)] + Array(repeating: .missing, count: 6))
                continue
            }
            let sorted = group.map(\.seconds).sorted()
            let median =
                sorted.count % 2 == 1
                ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            let size = group.reduce(0) { $0 + $1.article.size }
            let total = group.reduce(0) { $0 + $1.seconds }
            table.rows.append([
                .text(name), .number(Double(group.count), digits: 0), .bytes(size),
                .number(median * 1000, digits: 3), .number(worst.seconds * 1000, digits: 2),
                .text(Self.shortName(worst.article.path)), .number(Double(size) / total / 1e6, digits: 1),
                peak.map(Cell.bytes) ?? .missing,
            ])
        }
        table.notes.append("input: every article file under \(corpus) (input = file sizes)")
        table.notes.append(
            "MB/s = file bytes / sum of per-article best times; peak RSS is this process's VmHWM")
        return table
    }

    /// The last folder and file name of `path`.
    static func shortName(_ path: String) -> String {
        path.split(separator: "/").suffix(2).joined(separator: "/")
    }
}
