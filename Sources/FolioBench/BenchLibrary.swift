import Foundation

/// The library of article files the `library` benchmark reads: a folder given with `--library`,
/// or one generated once by `scripts/generate-library.py` into the temporary folder and reused.
struct BenchLibrary {
    /// The library's folder.
    let path: String
    /// Its files, sorted by path.
    let files: [String]

    /// The library at `given`, else the generated library of `count` files (made when missing
    /// or incomplete).
    static func prepare(given: String?, count: Int) throws -> BenchLibrary {
        if let relative = given {
            // Absolute, so that tmux (which may start elsewhere) and folio see the same folder.
            let given = URL(fileURLWithPath: relative).standardizedFileURL.path
            let files = FileWalk.files(under: given)
            guard !files.isEmpty else { throw BenchError(message: "no files under \(given)") }
            Progress.say("library: \(given) (\(files.count) files, given with --library)")
            return BenchLibrary(path: given, files: files)
        }
        let path = defaultPath(count: count)
        if isComplete(path, count: count) {
            Progress.say("library: reusing \(path) (\(count) files, generated earlier)")
        } else {
            try generate(count: count, into: path)
        }
        let files = FileWalk.files(under: path)
        guard files.count >= count else {
            throw BenchError(
                message: "\(path) holds \(files.count) files, not \(count); delete it to regenerate")
        }
        return BenchLibrary(path: path, files: files)
    }

    /// `$TMPDIR/folio-lib-100k` for 100,000 files, `folio-lib-12345` for a count that is not a
    /// whole thousand.
    static func defaultPath(count: Int) -> String {
        let base =
            NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        let size = count % 1000 == 0 ? "\(count / 1000)k" : "\(count)"
        return base + "folio-lib-" + size
    }

    /// Whether the generator finished writing `count` files into `path`: its last file exists
    /// (the script writes them in order) and there is no file beyond it.
    static func isComplete(_ path: String, count: Int) -> Bool {
        func exists(_ number: Int) -> Bool {
            let folder = path + String(format: "/%04d", number / 100)
            let prefix = String(format: "%06d-", number)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.contains { $0.hasPrefix(prefix) }
        }
        return count > 0 && exists(count - 1) && !exists(count)
    }

    /// Runs `scripts/generate-library.py count path`.
    static func generate(count: Int, into path: String, filePath: String = #filePath) throws {
        // Sources/FolioBench/BenchLibrary.swift → the repository root.
        let repository = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().path
        let candidates = [FileManager.default.currentDirectoryPath, repository].map {
            $0 + "/scripts/generate-library.py"
        }
        guard let script = candidates.first(where: { access($0, R_OK) == 0 }) else {
            throw BenchError(
                message:
                    "cannot find scripts/generate-library.py (tried \(candidates.joined(separator: ", ")))")
        }
        guard let python = ExecutableLocator.onPath("python3") else {
            throw BenchError(message: "python3 is not on PATH; it generates the library")
        }
        Progress.say("library: generating \(count) files into \(path) (kept for later runs)")
        let outcome = try ChildProcess.run(
            [python, script, "\(count)", path], output: .capture, errorFile: path + ".generate.err",
            samplesMemory: false)
        try? FileManager.default.removeItem(atPath: path + ".generate.err")
        guard outcome.succeeded else {
            throw BenchError(message: "generate-library.py failed: \(outcome.errors)")
        }
        Progress.say(String(format: "library: generated in %.1f s", outcome.seconds))
    }
}
