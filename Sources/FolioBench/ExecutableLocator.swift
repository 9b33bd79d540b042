import Foundation

/// Finds the programs the benchmarks run.
enum ExecutableLocator {
    /// The folder holding this benchmark's own binary (`/proc/self/exe`), where SwiftPM also puts
    /// the `folio` binary of the same build.
    static func ownFolder() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path: String
        if length > 0 {
            path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        } else {
            path = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        }
        return (path as NSString).deletingLastPathComponent
    }

    /// The `folio` binary next to this one, if it was built.
    static func folio() -> String? {
        guard let folder = ownFolder() else { return nil }
        let path = folder + "/folio"
        return access(path, X_OK) == 0 ? path : nil
    }

    /// The first executable called `name` on `PATH`.
    static func onPath(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String?
    {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let path = folder + "/" + name
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }
}
