import CNcursesw
import ReaderCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// Waits at most `timeoutMilliseconds` (negative: until something happens) for an event.
    ///
    /// Returns nil on timeout and as soon as `terminationSignal` is set (checked at least every
    /// `wakeIntervalMilliseconds`). Ctrl-Z arrives as `.key(.control("z"))`, whether the tty
    /// sent SIGTSTP or the byte 0x1A. A hung-up terminal counts as SIGHUP.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !isClosed, !isSuspended else { return nil }
        let clock = ContinuousClock()
        let start = clock.now
        var first = true
        while true {
            if SignalState.suspendRequest != 0 {
                SignalState.suspendRequest = 0
                return .key(.control("z"))
            }
            if terminationRequested { return nil }
            var slice = Self.wakeIntervalMilliseconds
            if timeoutMilliseconds >= 0 {
                let remaining = timeoutMilliseconds - milliseconds(clock.now - start)
                if remaining <= 0, !first { return nil }
                slice = max(0, min(slice, remaining))
            }
            first = false
            if let event = readEvent(waitingMilliseconds: slice) { return event }
        }
    }

    /// One `wget_wch` bounded by `wait` milliseconds, decoded.
    private func readEvent(waitingMilliseconds wait: Int) -> TerminalEvent? {
        wtimeout(window, Int32(wait))
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK:
            return event(for: KeyDecoder.decode(character: UInt32(value)))
        case KEY_CODE_YES:
            return event(for: KeyDecoder.decode(keyCode: Int32(bitPattern: UInt32(value))))
        default:
            noticeHangup()
            return nil
        }
    }

    private func event(for input: CursesInput) -> TerminalEvent? {
        switch input {
        case .key(let key):
            return .key(key)
        case .resize:
            shown = nil
            let (width, height) = size
            return .resize(width: width, height: height)
        case .mouse:
            var report = MEVENT()
            guard let mouse, getmouse(&report) == OK else { return nil }
            return mouse.event(buttons: UInt32(report.bstate), row: Int(report.y), column: Int(report.x))
        case .ignored:
            return nil
        }
    }

    /// Turns a terminal that went away (read errors, `POLLHUP`) into a SIGHUP request.
    private func noticeHangup() {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return }
        if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, SignalState.termination == 0 {
            SignalState.termination = SIGHUP
        }
    }

    private func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
