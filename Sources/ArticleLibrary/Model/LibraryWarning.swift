/// A problem met while reading a library; never fatal to the rest of it.
public struct LibraryWarning: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in.
    public var path: String
    /// The 1-based line, when the problem has one.
    public var line: Int?
    /// What is wrong, in plain words.
    public var message: String

    /// Creates a warning.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, the form compilers use.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
