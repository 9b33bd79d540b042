/// The large HTML document the throughput benchmarks read, built deterministically from the corpus.
enum BenchDocument {
    /// The HTML bodies of `articles` (corpus order), each followed by a newline, repeated until
    /// the document holds at least `targetBytes` bytes. Whole bodies only, so it is valid UTF-8.
    static func build(from articles: [CorpusArticle], targetBytes: Int) -> [UInt8] {
        let bodies = articles.filter(\.isHTML).map { Array($0.parsed.body.utf8) + [0x0A] }
        guard bodies.contains(where: { $0.count > 1 }) else { return [] }
        var document: [UInt8] = []
        document.reserveCapacity(targetBytes + (bodies.map(\.count).max() ?? 0))
        while document.count < targetBytes {
            for body in bodies where document.count < targetBytes {
                document += body
            }
        }
        return document
    }
}
