import Foundation

/// Reads one article file from disk: size bounds, binary detection, UTF-8 decoding.
public enum ArticleFileReader {
    /// What reading a file gave.
    public enum Outcome: Sendable {
        /// The file was read (perhaps with warnings).
        case article(ArticleParser.Parsed)
        /// The file is not an article (binary, unreadable); the warning says why.
        case skipped(LibraryWarning)
    }

    /// How much of a file is read to list it: front matter, title and format need no more.
    public static let listingLimit = 1024 * 1024
    /// How much of a file is read to show it; beyond this the body is cut with a warning.
    public static let readingLimit = 64 * 1024 * 1024

    /// Reads `path`, at most `limit` bytes, and parses it.
    public static func read(path: String, limit: Int = listingLimit) -> Outcome {
        readStamped(path: path, limit: limit).outcome
    }

    /// `read(path:limit:)`, with the stamp of the file read (nil when it could not be opened).
    static func readStamped(path: String, limit: Int = listingLimit) -> (outcome: Outcome, stamp: FileStamp?)
    {
        do {
            let (bytes, totalSize, stamp) = try FileBytes.read(path: path, limit: limit)
            return (parse(bytes: bytes, totalSize: totalSize, path: path, limit: limit), stamp)
        } catch {
            let warning = LibraryWarning(path: path, message: "cannot read: \(error.localizedDescription)")
            return (.skipped(warning), nil)
        }
    }

    /// Decodes and parses bytes read from `path` (`totalSize` is the file's full size).
    public static func parse(bytes: [UInt8], totalSize: Int, path: String, limit: Int = listingLimit)
        -> Outcome
    {
        if let reason = BinarySniffer.reasonIfBinary(bytes) {
            return .skipped(LibraryWarning(path: path, message: "skipped: \(reason)"))
        }
        var warnings: [LibraryWarning] = []
        let truncated = totalSize > bytes.count
        let (text, invalid) = UTF8Decoding.decode(bytes, dropIncompleteTail: truncated)
        if invalid > 0 {
            warnings.append(
                LibraryWarning(
                    path: path, message: "invalid UTF-8 (\(invalid) bad sequences shown as U+FFFD)"))
        }
        if bytes.contains(0) {
            warnings.append(LibraryWarning(path: path, message: "contains NUL bytes"))
        }
        if truncated && limit >= readingLimit {
            warnings.append(
                LibraryWarning(
                    path: path,
                    message:
                        "file is \(totalSize / 1_048_576) MiB; only the first \(limit / 1_048_576) MiB are shown"
                ))
        }
        var parsed = ArticleParser.parse(text, path: path)
        parsed.warnings = warnings + parsed.warnings
        return .article(parsed)
    }
}
