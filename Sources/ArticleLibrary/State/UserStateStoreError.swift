import Foundation

/// A state file operation that failed; `description` is a sentence for the status line.
public struct UserStateStoreError: Error, Equatable, CustomStringConvertible {
    /// The file or folder involved.
    public var path: String
    /// What was being done, such as "cannot write".
    public var action: String
    /// The system's reason, such as "No space left on device".
    public var reason: String

    /// Creates an error.
    public init(path: String, action: String, reason: String) {
        self.path = path
        self.action = action
        self.reason = reason
    }

    /// An error for the failed call's `errno`.
    static func system(_ action: String, _ path: String, errno code: Int32) -> UserStateStoreError {
        UserStateStoreError(path: path, action: action, reason: String(cString: strerror(code)))
    }

    /// `action path: reason`.
    public var description: String { "\(action) \(path): \(reason)" }
}
