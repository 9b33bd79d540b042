import ArticleLibrary
import Foundation
import XCTest

/// The real reader is killed with SIGKILL at random moments while it marks articles read and
/// starred; afterwards the state file always parses and holds every change the reader confirmed.
///
/// A change counts as confirmed once the status line shows it: the event loop saves a mark
/// before it redraws. The seed is printed; `FOLIO_CRASH_SEED` replays a run,
/// `FOLIO_CRASH_ITERATIONS` changes the count (100).
final class CrashSafetyTests: XCTestCase {
    private struct Mark: Equatable {
        var read = false
        var starred = false
    }

    private enum Step: CaseIterable {
        case star, read, down, up
    }

    func testSIGKILLNeverLosesAConfirmedMarkNorCorruptsTheStateFile() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["FOLIO_CRASH_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...999_999)
        let iterations = environment["FOLIO_CRASH_ITERATIONS"].flatMap { Int($0) } ?? 100
        print("CRASH SAFETY: seed \(seed) (FOLIO_CRASH_SEED=\(seed) replays it), \(iterations) iterations")
        var random = SeededGenerator(seed: seed)

        let folder = try HostileFolder("crash")
        let library = folder.url.appendingPathComponent("library")
        try FileManager.default.copyItem(
            at: FolioProcess.repositoryRoot.appendingPathComponent("samples"), to: library)
        let store = UserStateStore(folder: folder.url.appendingPathComponent("state/folio"))
        let articles = try Library.load(paths: [library.path]).articles
        let keys = articles.map { ArticleKey.canonical($0.path) }
        var expected = Array(repeating: Mark(), count: articles.count)

        let command = [FolioProcess.executable.path, library.path].map(TmuxSession.quote).joined(
            separator: " ")
        let exitFile = folder.url.appendingPathComponent("exit-status").path
        let pane = "\(command); echo $? > \(TmuxSession.quote(exitFile))"
        let session = try TmuxSession(
            ["sleep", "600"], width: 100, height: 30,
            environment: [
                "XDG_STATE_HOME": folder.url.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path,
                "HOME": folder.path,
            ])
        let started = Date()
        var confirmedChanges = 0
        var killedMidSave = 0

        for iteration in 0..<iterations {
            try? FileManager.default.removeItem(atPath: exitFile)
            try session.tmux(["respawn-pane", "-k", "-t", "main", pane])
            let unread = expected.filter { !$0.read }.count
            guard
                waitForScreen(
                    session, "start \(iteration)",
                    { $0.contains("\(articles.count) articles, \(unread) unread") })
            else { return }
            if iteration == 0 {
                let firstRow = session.screen().split(separator: "\n").dropFirst().first ?? ""
                XCTAssertTrue(firstRow.contains(articles[0].title.prefix(10)), "list order: \(firstRow)")
            }
            var selected = 0
            var unconfirmed = Set<Int>()
            let steps = Int.random(in: 1...5, using: &random)
            for step in 0..<steps {
                let action = Step.allCases.randomElement(using: &random) ?? .star
                let last = step == steps - 1
                // The last key of some iterations is not waited for: the kill lands mid-save.
                let confirm = !last || Bool.random(using: &random)
                switch action {
                case .star, .read:
                    var mark = expected[selected]
                    let status: String
                    if action == .star {
                        mark.starred.toggle()
                        status = mark.starred ? " starred" : " unstarred"
                    } else {
                        mark.read.toggle()
                        status = mark.read ? " marked read" : " marked unread"
                    }
                    session.send(action == .star ? "s" : "r")
                    if confirm {
                        guard waitForScreen(session, "'\(status)'", { Self.statusLine($0).hasPrefix(status) })
                        else {
                            return
                        }
                        expected[selected] = mark
                        confirmedChanges += 1
                    } else {
                        unconfirmed.insert(selected)
                        killedMidSave += 1
                    }
                case .down, .up:
                    session.send(action == .down ? "j" : "k")
                    selected = action == .down ? min(selected + 1, articles.count - 1) : max(selected - 1, 0)
                    // Moving clears the message, so the next mark's confirmation cannot be an old one.
                    guard waitForScreen(session, "the hint", { Self.statusLine($0).hasPrefix(" ? help") })
                    else {
                        return
                    }
                }
            }
            usleep(UInt32.random(in: 0...20_000, using: &random))
            let pid = try XCTUnwrap(session.programPID(), "iteration \(iteration): no folio process")
            kill(pid, SIGKILL)
            guard
                waitForScreen(session, "the kill", { _ in FileManager.default.fileExists(atPath: exitFile) })
            else {
                return
            }

            let (state, messages) = store.load()
            XCTAssertEqual(
                messages, [], "iteration \(iteration), seed \(seed): the state file did not load cleanly")
            for (index, key) in keys.enumerated() {
                let saved = Mark(read: state.isRead(key), starred: state.isStarred(key))
                if unconfirmed.contains(index) {
                    expected[index] = saved
                } else if saved != expected[index] {
                    XCTFail(
                        "iteration \(iteration), seed \(seed): \(key) saved \(saved), confirmed \(expected[index])"
                    )
                    return
                }
            }
        }
        print(
            String(
                format:
                    "CRASH SAFETY: %d kills in %.1f s, %d confirmed changes kept, %d kills right after an unconfirmed key",
                iterations, Date().timeIntervalSince(started), confirmedChanges, killedMidSave))
    }

    private static func statusLine(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last ?? "")
    }

    /// Polls the screen every 10 ms for up to 10 s; fails the test (and returns false) on timeout.
    private func waitForScreen(
        _ session: TmuxSession, _ what: String, _ predicate: (String) -> Bool, file: StaticString = #filePath,
        line: UInt = #line
    ) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        var screen = session.screen()
        while !predicate(screen) {
            if Date() > deadline {
                XCTFail("timed out waiting for \(what); screen:\n\(screen)", file: file, line: line)
                return false
            }
            usleep(10_000)
            screen = session.screen()
        }
        return true
    }
}
