import Foundation

/// A private folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    /// The folder's path.
    let path: String

    /// Creates a fresh folder named `folio-bench.XXXXXX`.
    init() throws {
        let base =
            NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        var template = Array((base + "folio-bench.XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw BenchError(message: "cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        path = String(cString: created)
        Interruption.shared.scratch(path, exists: true)
    }

    /// Writes `bytes` to a file called `name` in the folder and gives its path.
    func write(_ bytes: [UInt8], named name: String) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Deletes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
        Interruption.shared.scratch(path, exists: false)
    }
}
