/// The command line of `folio-bench`: which benchmarks to run and how.
struct BenchOptions {
    /// One benchmark group.
    enum Subcommand: String, CaseIterable {
        /// Tokenizer and tree builder throughput beside Python's `html.parser`.
        case parse
        /// `folio dump` throughput beside `w3m -dump`, and per-article render times.
        case dump
        /// A large library: read floor, list, first paint, search, key presses (minutes at 100k).
        case library

        /// The groups `all` runs: every one, `library` only with `--with-library`.
        static func all(withLibrary: Bool) -> [Subcommand] {
            allCases.filter { $0 != .library || withLibrary }
        }
    }

    /// The groups to run, in order.
    var subcommands: [Subcommand] = Subcommand.all(withLibrary: false)
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
    /// The number of files in the generated library.
    var libraryFiles = 100_000
    /// Whether `library` also measures with the kernel's page cache dropped (needs root).
    var dropCaches = false
    /// A library folder to use instead of generating one.
    var libraryPath: String?

    /// The usage text.
    static let usage = """
        usage: folio-bench [all | parse | dump | library] [--json] [--runs N] [--process-runs N] [--size MB]
                           [--with-library] [--files N] [--library DIR] [--drop-caches]
               folio-bench --write-document PATH [--size MB]

          parse   tokenizer and tree builder MB/s beside Python's html.parser
          dump    folio dump MB/s beside w3m -dump, and time to render each corpus article
          library issue 7 at scale: the floor (first 4 KB of every file), folio list and the
                  reader's first paint with an empty and a filled cache, folio search, key presses
                  in tmux beside a trivial program, peak memory, each beside its target. Takes
                  several minutes at 100,000 files, so `all` leaves it out unless --with-library
          all     parse and dump (the default); with --with-library, library too

          --json            print one JSON document instead of tables
          --runs N          runs of each in-process measurement, best kept (default 5)
          --process-runs N  runs of each child process, best kept (default 3)
          --size MB         size of the generated HTML document (default 20)
          --write-document  write the generated document to PATH and stop (for profiling)
          --with-library    make `all` (and no group) include library
          --files N         files in the generated library (default 100000); it is generated once
                            by scripts/generate-library.py into $TMPDIR/folio-lib-<N> and reused
          --library DIR     use the library in DIR instead of generating one
          --drop-caches     library: also the floor and the reader's first paint from a cold disk,
                            dropping the kernel's page cache first (root only; it slows everything
                            else on the machine for a while, so it is never the default)

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
        var all = false
        var withLibrary = false
        while let argument = remaining.popFirst() {
            switch argument {
            case "all": all = true
            case "--with-library": withLibrary = true
            case "--files": options.libraryFiles = try positive(remaining.popFirst(), for: argument)
            case "--library":
                guard let path = remaining.popFirst() else {
                    throw UsageError(message: "\(argument) needs a folder")
                }
                options.libraryPath = path
            case "--drop-caches": options.dropCaches = true
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
        if all || chosen.isEmpty { chosen += Subcommand.all(withLibrary: withLibrary) }
        options.subcommands = Subcommand.allCases.filter { chosen.contains($0) }
        return options
    }

    private static func positive(_ value: String?, for option: String) throws -> Int {
        guard let value, let number = Int(value), number > 0 else {
            throw UsageError(message: "\(option) needs a positive whole number")
        }
        return number
    }
}
