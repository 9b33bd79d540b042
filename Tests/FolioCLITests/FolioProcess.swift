import Foundation
import XCTest

/// Runs the built `folio` executable as a user would, capturing its output.
struct FolioProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `folio` binary beside the test bundle (on Linux, the running `.xctest` executable),
    /// so a build with `--scratch-path` tests its own binary.
    static var executable: URL {
        let bundle =
            Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }.map {
                URL(fileURLWithPath: $0.bundlePath)
            }
            ?? Bundle.main.executableURL.flatMap { $0.pathExtension == "xctest" ? $0 : nil }
        let products =
            bundle?.deletingLastPathComponent() ?? repositoryRoot.appendingPathComponent(".build/debug")
        return products.appendingPathComponent("folio")
    }

    /// Runs `folio arguments` in the repository root with `environment` added.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        // Output goes to files, so a large output can never block the child on a full pipe.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        process.environment = isolated(environment, in: scratch)
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The XDG folders a spawned `folio` gets unless a test names its own: fresh ones under
    /// `scratch`, so no test reads or writes the user's real cache, state or config.
    static let isolatedVariables = ["XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"]

    /// This process's environment with `environment` added and every variable of
    /// `isolatedVariables` that `environment` does not set pointing into `scratch`.
    static func isolated(_ environment: [String: String], in scratch: URL) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for name in isolatedVariables {
            env[name] = scratch.appendingPathComponent(name.lowercased()).path
        }
        env.merge(environment) { $1 }
        return env
    }
}
