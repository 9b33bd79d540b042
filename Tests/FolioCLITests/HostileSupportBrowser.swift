import Foundation
import XCTest

/// A stand-in browser: a shell script that records its arguments, NUL-separated, to a file
/// (written beside it and renamed, so a reader of the file never sees half of it).
struct RecordingBrowser {
    let script: URL
    let record: URL

    init(in folder: URL, name: String = "record-browser") throws {
        script = folder.appendingPathComponent(name)
        record = folder.appendingPathComponent("\(name).arguments")
        let body = """
            #!/bin/sh
            out=\(TmuxSession.quote(record.path))
            : > "$out.tmp"
            for a in "$@"; do printf '%s\\0' "$a" >> "$out.tmp"; done
            mv "$out.tmp" "$out"

            """
        try Data(body.utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    }

    /// Forgets the last call.
    func reset() {
        try? FileManager.default.removeItem(at: record)
    }

    /// Waits for the browser to be called and returns its arguments.
    func arguments(in session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) -> [String]? {
        session.wait(seconds: 10, file: file, line: line, "the browser to record its arguments") { _ in
            FileManager.default.fileExists(atPath: record.path)
        }
        guard let data = try? Data(contentsOf: record) else { return nil }
        return data.split(separator: 0, omittingEmptySubsequences: false).dropLast().map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
