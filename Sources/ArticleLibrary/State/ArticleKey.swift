import Foundation

/// The key an article's state is filed under: its file's canonical path.
///
/// A moved or renamed file gets a new key and starts unread; the state file keeps no other
/// identity (size, title hash) to re-match it, which keeps the format simple and diff-able.
public enum ArticleKey {
    /// `path` with symbolic links, `.` and `..` resolved (`realpath`); when the file does not
    /// exist, the absolute, standardized form of `path`.
    public static func canonical(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
