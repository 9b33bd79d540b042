import Foundation
import XCTest

/// Links whose URLs carry shell syntax reach the browser as exactly one argument, in the real
/// reader, and nothing else runs.
final class HostileLinkTests: XCTestCase {
    private func environment(_ folder: URL, browser: String) -> [String: String] {
        [
            "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
            "HOME": folder.path,
            "BROWSER": browser,
        ]
    }

    /// URLs that would create `marker` if any shell saw them.
    static func urls(marker: String) -> [String] {
        [
            "https://example.com/$(touch \(marker))",
            "https://example.com/`touch \(marker)`",
            "https://example.com/';touch \(marker);'",
            "https://example.com/\"; touch \(marker); echo \"",
            "https://example.com/a b;touch \(marker)",
            "https://example.com/?q=$(id)&x=1|touch \(marker)&&touch \(marker)",
        ]
    }

    /// An article linking to each URL, written with the quotes its characters need.
    static func article(_ urls: [String]) -> String {
        var body = "---\ntitle: Shell links\ndate: 2020-01-01\n---\n"
        for (index, url) in urls.enumerated() {
            let attribute = url.contains("\"") ? "'\(url)'" : "\"\(url)\""
            body += "<p><a href=\(attribute)>link \(index + 1)</a></p>\n"
        }
        return body
    }

    /// Opens the article in the reader and follows every link by number.
    private func follow(
        browser: RecordingBrowser, browserSetting: String, expected: (String) -> [String]
    ) throws {
        let folder = try HostileFolder("links")
        let marker = folder.url.appendingPathComponent("pwned").path
        let links = Self.urls(marker: marker)
        try folder.write("shell.md", Self.article(links))
        let session = try TmuxSession(
            [FolioProcess.executable.path, folder.path], width: 200, height: 40,
            environment: environment(folder.url, browser: browserSetting))
        session.wait(for: "1 articles, 1 unread")
        session.send("Enter")
        session.wait(for: "link 6[6]")
        for (index, url) in links.enumerated() {
            browser.reset()
            session.type("\(index + 1)")
            session.wait(for: "open link \(index + 1):")
            session.send("Enter")
            XCTAssertEqual(browser.arguments(in: session), expected(url), "link \(index + 1)")
            session.wait(for: "link 6[6]")
        }
        session.send("Q")
        XCTAssertEqual(session.exitStatus(), 0, session.screen())
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker), "a shell ran a URL's payload")
    }

    func testEachURLIsOneArgumentAndNothingRuns() throws {
        let folder = try HostileFolder("browser")
        let browser = try RecordingBrowser(in: folder.url)
        try follow(browser: browser, browserSetting: browser.script.path, expected: { [$0] })
    }

    func testABrowserCommandLineWithQuotesAndPercentS() throws {
        let folder = try HostileFolder("browser")
        let browser = try RecordingBrowser(in: folder.url, name: "my browser")
        let marker = folder.url.appendingPathComponent("pwned-by-setting").path
        let setting = "'\(browser.script.path)' --new-tab \"--url=%s\" ';' touch \(marker)"
        try follow(
            browser: browser, browserSetting: setting,
            expected: { ["--new-tab", "--url=\($0)", ";", "touch", marker] })
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker))
    }
}
