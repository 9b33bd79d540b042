import Foundation
import XCTest

/// The real reader stays responsive with a 5 MB single-paragraph article open.
final class HostileResponsivenessTests: XCTestCase {
    func testKeysStillAnswerWithAFiveMegabyteParagraphOpen() throws {
        let folder = try HostileFolder("responsive")
        let words = String(repeating: "lorem ipsum dolor sit amet ", count: 5_000_000 / 27)
        try folder.write("big.html", "<h1>Big paragraph</h1>\n<p>" + words + "end</p>\n")
        try folder.write("small.md", "---\ntitle: Small one\ndate: 2000-01-01\n---\nsmall body\n")
        let env = [
            "XDG_STATE_HOME": folder.url.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path,
            "HOME": folder.path,
        ]
        let session = try TmuxSession(
            [FolioProcess.executable.path, folder.path], width: 100, height: 30, environment: env)
        session.wait(for: "2 articles, 2 unread")
        session.wait(for: "Big paragraph")

        session.send("j")  // the dated small article comes first
        var clock = Date()
        session.send("Enter")
        session.wait(for: "lorem ipsum dolor", seconds: 60)
        let opened = Date().timeIntervalSince(clock)

        clock = Date()
        session.send("G")
        session.wait(for: "amet end")
        let toTheEnd = Date().timeIntervalSince(clock)

        clock = Date()
        session.send("g")
        session.wait(seconds: 10, "the top again") {
            $0.contains("Big paragraph") && !$0.contains("amet end")
        }
        let toTheTop = Date().timeIntervalSince(clock)

        // Resizing lays the whole paragraph out again: printed, and bounded generously.
        let narrowLines = Self.totalLines(session.screen())
        XCTAssertNotNil(narrowLines)
        clock = Date()
        session.resize(width: 140, height: 30)
        session.wait(seconds: 60, "the wider layout") {
            Self.totalLines($0).map { $0 != narrowLines } ?? false
        }
        let resized = Date().timeIntervalSince(clock)

        clock = Date()
        session.send("q")
        session.wait(seconds: 10, "the list alone") { !$0.contains("lorem ipsum") }
        let closed = Date().timeIntervalSince(clock)

        clock = Date()
        session.send("Q")
        XCTAssertEqual(session.exitStatus(seconds: 10), 0, session.screen())
        let quit = Date().timeIntervalSince(clock)
        print(
            String(
                format:
                    "RESPONSIVENESS 5 MB paragraph: open %.2f s, G %.2f s, g %.2f s, resize %.2f s, q %.2f s, Q %.2f s",
                opened, toTheEnd, toTheTop, resized, closed, quit))
        XCTAssertLessThan(max(toTheEnd, toTheTop, closed, quit), 5, "a key took more than 5 s to answer")
        XCTAssertLessThan(resized, 30)
    }

    /// The article's line count from the status line's `top-bottom/total` position.
    private static func totalLines(_ screen: String) -> Int? {
        let status = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last ?? ""
        guard let slash = status.lastIndex(of: "/") else { return nil }
        return Int(status[status.index(after: slash)...].prefix { $0.isNumber })
    }
}
