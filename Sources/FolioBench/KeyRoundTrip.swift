/// Times key presses through tmux: from sending `j` until the captured pane (with attributes)
/// differs from the screen before, waiting after each change until the screen is still.
struct KeyRoundTrip {
    /// The running program.
    var session: TmuxSession

    /// The round trip of `presses` presses of `j`, in seconds; stops early when a press changes
    /// nothing within a second.
    func measure(presses: Int) throws -> [Double] {
        var screen = try settle(from: session.capture())
        var times: [Double] = []
        for _ in 0..<presses {
            let start = Stopwatch.now()
            try session.send("j")
            let changed = try Deadline(seconds: 1).poll(every: 0) { () -> String? in
                let now = try session.capture()
                return now == screen ? nil : now
            }
            guard let changed else { break }
            times.append(Double(Stopwatch.now() - start) / 1e9)
            screen = try settle(from: changed)
        }
        return times
    }

    /// The screen once two captures in a row agree (at most half a second).
    private func settle(from screen: String) throws -> String {
        var previous = screen
        let still = try Deadline(seconds: 0.5).poll(every: 0.005) { () -> String? in
            let now = try session.capture()
            defer { previous = now }
            return now == previous ? now : nil
        }
        return still ?? previous
    }
}

extension KeyRoundTrip {
    /// The round trip of `presses` presses of `j` through a control-mode client: from writing
    /// `send-keys` to the first `%output` line of the pane, then waiting until output stops.
    func measureThroughControlMode(presses: Int) throws -> [Double] {
        let client = try TmuxControlClient(session)
        defer { client.detach() }
        client.drain(quiet: 0.1)
        var times: [Double] = []
        for _ in 0..<presses {
            let start = Stopwatch.now()
            try client.send("send-keys -t main j")
            let deadline = Deadline(seconds: 1)
            var answered = false
            while let line = client.line(before: deadline) {
                if line.hasPrefix("%output ") {
                    answered = true
                    break
                }
            }
            guard answered else { break }
            times.append(Double(Stopwatch.now() - start) / 1e9)
            client.drain(quiet: 0.02)
        }
        return times
    }
}
