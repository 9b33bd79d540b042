/// The command line of `folio-bench`: which benchmarks to run and how.
struct BenchOptions {
    /// One benchmark group.
    enum Subcommand: String, CaseIterable {
        /// Tokenizer and tree builder throughput beside Python's `html.parser`.
        case parse
        /// `folio dump` throughput beside `w3m -dump`, and per-article render times.
        case dump
    }

    /// The groups to run, in order.
    var subcommands: [Subcommand] = Subcommand.allCases
    /// Whether to print one JSON document instead of tables.
    var json = false
    /// Runs per in-process measurement (the best is kept).
    var runs = 5
    /// Runs per child-process measurement (the best is kept).
    var processRuns = 3
    /// The size of the generated HTML document, in megabytes (10^6 bytes).
    var sizeMB = 20
    /// Where to write the generated document instead of running benchmarks (for profiling).
    var documentPath: String?

    /// The usage text.
    static let usage = """
        usage: folio-bench [all | parse | dump] [--json] [--runs N] [--process-runs N] [--size MB]
               folio-bench --write-document PATH [--size MB]

          parse   tokenizer and tree builder MB/s beside Python's html.parser
          dump    folio dump MB/s beside w3m -dump, and time to render each corpus article
          all     both (the default)

          --json            print one JSON document instead of tables
          --runs N          runs of each in-process measurement, best kept (default 5)
          --process-runs N  runs of each child process, best kept (default 3)
          --size MB         size of the generated HTML document (default 20)
          --write-document  write the generated document to PATH and stop (for profiling)

        The corpus is ../shared/corpus (from the current folder or the repository), or FOLIO_CORPUS.
        """

    /// A command line that cannot be understood.
    struct UsageError: Error {
        /// What is wrong.
        var message: String
    }

    /// Reads the arguments (without the program name).
    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var remaining = arguments[...]
        var chosen: [Subcommand] = []
        while let argument = remaining.popFirst() {
            switch argument {
            case "all": chosen += Subcommand.allCases
            case "--json": options.json = true
            case "--runs": options.runs = try positive(remaining.popFirst(), for: argument)
            case "--process-runs": options.processRuns = try positive(remaining.popFirst(), for: argument)
            case "--size": options.sizeMB = try positive(remaining.popFirst(), for: argument)
            case "--write-document":
                guard let path = remaining.popFirst() else {
                    throw UsageError(message: "\(argument) needs a path")
                }
                options.documentPath = path
            case "-h", "--help": throw UsageError(message: "")
            default:
                guard let subcommand = Subcommand(rawValue: argument) else {
                    throw UsageError(message: "unknown argument '\(argument)'")
                }
                chosen.append(subcommand)
            }
        }
        if !chosen.isEmpty {
            options.subcommands = Subcommand.allCases.filter { chosen.contains($0) }
        }
        return options
    }

    private static func positive(_ value: String?, for option: String) throws -> Int {
        guard let value, let number = Int(value), number > 0 else {
            throw UsageError(message: "\(option) needs a positive whole number")
        }
        return number
    }
}
