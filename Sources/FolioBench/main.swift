import Foundation

// folio-bench: Folio's speed figures beside reference tools measured in the same run.
// Run it in release: `swift run -c release folio-bench [all|parse|dump|library] [--json]`.

#if DEBUG
    Progress.say("warning: this is a debug build; its figures mean nothing (use -c release)")
#endif

if CommandLine.arguments.dropFirst().first == "--echo-keys" {
    exit(EchoKeys.run())  // the library group's reference program, run inside tmux
}

Interruption.shared.install()
do {
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    let tables = try BenchRunner(options: options).run()
    if options.json {
        let object = tables.map { $0.jsonObject() }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
} catch let error as BenchOptions.UsageError {
    let message = error.message.isEmpty ? "" : "folio-bench: \(error.message)\n"
    FileHandle.standardError.write(Data((message + BenchOptions.usage + "\n").utf8))
    exit(error.message.isEmpty ? 0 : 2)
} catch {
    FileHandle.standardError.write(Data("folio-bench: \(error)\n".utf8))
    exit(1)
}
