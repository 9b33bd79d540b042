/// A failure that stops the benchmark, with a message for the user.
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong.
    var message: String
    /// The message.
    var description: String { message }
}
