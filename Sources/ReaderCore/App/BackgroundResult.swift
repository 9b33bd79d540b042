import Dispatch
import Synchronization

/// One piece of work run on a background queue, its result collected by the event loop.
final class BackgroundResult<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)

    /// Runs `work` on a background queue.
    func start(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .utility).async { [self] in
            let result = work()
            value.withLock { $0 = result }
        }
    }

    /// The result once it is ready, handed out once.
    func take() -> Value? {
        value.withLock { current in
            defer { current = nil }
            return current
        }
    }
}
