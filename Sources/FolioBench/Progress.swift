import Foundation

/// Progress lines on standard error, so tables and JSON on standard output stay clean.
enum Progress {
    /// Prints `folio-bench: message`.
    static func say(_ message: String) {
        FileHandle.standardError.write(Data("folio-bench: \(message)\n".utf8))
    }
}
