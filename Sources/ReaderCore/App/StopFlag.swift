import Synchronization

/// A flag one thread sets and others read: "stop what you are doing".
final class StopFlag: Sendable {
    private let value = Mutex(false)

    /// Raises the flag.
    @Sendable func set() {
        value.withLock { $0 = true }
    }

    /// Whether the flag is raised.
    @Sendable func isSet() -> Bool {
        value.withLock { $0 }
    }
}
