extension BenchRunner {
    /// The `library` group: prepares the library (given, reused or generated), then measures it.
    func runLibrary() throws -> ResultTable {
        let library = try BenchLibrary.prepare(given: options.libraryPath, count: options.libraryFiles)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        var benchmark = LibraryBenchmark(
            library: library, scratch: scratch, runs: options.runs, processRuns: options.processRuns,
            dropCaches: options.dropCaches)
        return benchmark.run()
    }
}
