import Foundation
import ReaderCore

/// A terminal for running `ReaderLoop` in a test: each step waits until the screen shows what
/// it expects, then sends its key. After the last step, or 10 s without progress, it sends `Q`.
final class ScriptedTerminal: Terminal {
    /// One step: a description, what the screen must show, and the key to press then.
    struct Step {
        var what: String
        var until: (ScreenBuffer) -> Bool
        var key: Key
    }

    let size: (width: Int, height: Int)
    private var steps: [Step]
    /// Every screen presented.
    private(set) var screens: [ScreenBuffer] = []
    /// The step that timed out, if any.
    private(set) var timedOut: String?
    private var deadline = Date().addingTimeInterval(10)

    init(width: Int = 100, height: Int = 30, steps: [Step]) {
        size = (width, height)
        self.steps = steps
    }

    /// How many times `Q` was sent after the script ended.
    private var quitsSent = 0

    func present(_ buffer: ScreenBuffer, theme: Theme) {
        // A reader that keeps drawing must not exhaust memory before the test can fail.
        if screens.count >= 10_000 { screens.removeFirst(5_000) }
        screens.append(buffer)
    }

    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard let step = steps.first else {
            quitsSent += 1
            // Q quits from anywhere; a reader that ignores it would spin here for ever.
            precondition(quitsSent < 1_000, "the reader ignored Q 1,000 times")
            return .key(.character("Q"))
        }
        if let screen = screens.last, step.until(screen) {
            steps.removeFirst()
            deadline = Date().addingTimeInterval(10)
            return .key(step.key)
        }
        if Date() > deadline {
            timedOut = step.what
            steps.removeAll()
            return .key(.character("Q"))
        }
        // Waiting for background work, as the real terminal waits for keys.
        usleep(UInt32(max(0, min(timeoutMilliseconds, 5))) * 1_000)
        return nil
    }

    func suspend() {}
    func resume() {}
    func invalidate() {}
}

extension ScreenBuffer {
    /// Whether any row contains `text`.
    func shows(_ wanted: String) -> Bool {
        (0..<height).contains { text(row: $0).contains(wanted) }
    }
}
