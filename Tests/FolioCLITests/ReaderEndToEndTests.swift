import Foundation
import XCTest

/// The real reader in tmux: open the library, read the seed, follow a link, search, resize, quit.
final class ReaderEndToEndTests: XCTestCase {
    private func environment(_ session: URL) -> [String: String] {
        [
            "XDG_STATE_HOME": session.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": session.appendingPathComponent("config").path,
            "XDG_CACHE_HOME": session.appendingPathComponent("cache").path,
            "HOME": session.path,
        ]
    }

    func testReadTheSeedFollowALinkSearchResizeAndQuit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("browser-arguments")
        let browser = folder.appendingPathComponent("record-browser")
        try Data("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '\(record.path)'\n".utf8)
            .write(to: browser)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
        var env = environment(folder)
        env["BROWSER"] = browser.path
        let session = try TmuxSession(
            [FolioProcess.executable.path, "samples"], width: 100, height: 30, environment: env)

        session.wait(for: "7 articles, 7 unread")
        session.wait(for: "阿里旺旺群聊服务2月底将关停下线")
        session.type("/阿里旺旺")
        session.send("Enter")
        session.wait(for: "search: 阿里旺旺 (1)")
        session.send("Enter")
        let reading = session.wait(for: "2022-02-22 12:29 UTC · cnBeta")
        XCTAssertTrue(reading.contains("6 unread"), reading)
        XCTAssertTrue(reading.contains("苹果[2]"), reading)

        session.type("2")
        session.wait(for: "open link 2: https://apple.pvxt.net")
        session.send("Enter")
        session.wait(seconds: 10, "the browser to record its arguments") { _ in
            FileManager.default.fileExists(atPath: record.path)
        }
        session.wait(for: "cnBeta")
        let arguments = try String(contentsOf: record, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(
            arguments,
            ["https://apple.pvxt.net/c/1251234/435400/7639?u=https%3A%2F%2Fwww.apple.com%2Fcn%2Fmusic%2F"])

        session.type("/来往")
        let searched = session.wait(for: "/来往")
        XCTAssertTrue(searched.contains("来往"))
        session.send("Enter", "n")
        session.wait(for: "match 2 of")

        session.resize(width: 60, height: 20)
        session.wait(seconds: 10, "the stacked layout") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("─────") }
        }
        session.send("Q")
        XCTAssertEqual(session.exitStatus(), 0, session.screen())
        XCTAssertEqual(session.value("#{alternate_on}"), "0", "the terminal left the alternate screen")
        let state = folder.appendingPathComponent("state/folio/state.json")
        let saved = try String(contentsOf: state, encoding: .utf8)
        XCTAssertTrue(saved.contains("aliwangwang"), saved)
    }

    func testLibrarySearchShowsResultsOpensOneAndEscapeReturnsToTheList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(
            [FolioProcess.executable.path, "samples"], width: 100, height: 30,
            environment: environment(folder))

        session.wait(for: "7 articles, 7 unread")
        session.send("S")
        session.type("地铁")
        session.wait(for: "search the library: 地铁")
        session.send("Enter")
        // The hit alone in the list, its snippet in the status line (tmux may show a screen half
        // drawn, so wait for all of it).
        session.wait(seconds: 10, "the results") { screen in
            screen.contains("search: 地铁 — 1 result") && screen.contains("再换乘两次地铁")
                && !screen.contains("東京の梅雨入り")
        }
        session.send("Enter")
        session.wait(for: "本地新闻编辑部")
        session.send("q", "Escape")
        session.wait(seconds: 10, "the whole list again") { screen in
            screen.contains("東京の梅雨入り") && !screen.contains("search: 地铁")
        }
        session.send("Q")
        XCTAssertEqual(session.exitStatus(), 0, session.screen())
    }

    func testStarsSurviveARestartAndTheWholeCorpusOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = environment(folder)
        do {
            let session = try TmuxSession(
                [FolioProcess.executable.path, "samples"], width: 80, height: 24, environment: env)
            session.wait(for: "7 unread")
            session.send("s")
            session.wait(for: "starred")
            session.send("q")
            XCTAssertEqual(session.exitStatus(), 0, session.screen())
        }
        let again = try TmuxSession(
            [FolioProcess.executable.path, "samples"], width: 80, height: 24, environment: env)
        let screen = again.wait(for: "7 unread")
        XCTAssertTrue(screen.split(separator: "\n")[1].contains("★"), screen)
        again.send("Q")
        XCTAssertEqual(again.exitStatus(), 0, again.screen())
    }

    func testNewChangedAndDeletedFilesReachAnOpenReader() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-e2e-\(UUID().uuidString)")
        let library = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, title: String) throws {
            try Data("---\ntitle: \(title)\ndate: 2024-01-02\n---\nText.\n".utf8)
                .write(to: library.appendingPathComponent(name))
        }
        try write("kept.md", title: "Kept as it was")
        try write("edited.md", title: "Before the edit")
        try write("doomed.md", title: "Soon to be deleted")
        let session = try TmuxSession(
            [FolioProcess.executable.path, library.path], width: 100, height: 30,
            environment: environment(folder))
        session.wait(for: "3 articles, 3 unread")

        try write("arrived.md", title: "Arrived while reading")
        try write("edited.md", title: "After the edit")
        try FileManager.default.removeItem(at: library.appendingPathComponent("doomed.md"))
        session.wait(seconds: 10, "the new, changed and deleted files") { screen in
            screen.contains("Arrived while reading") && screen.contains("After the edit")
                && !screen.contains("Before the edit") && !screen.contains("Soon to be deleted")
                && screen.contains("3 articles, 3 unread")
        }
        let pid = try XCTUnwrap(session.programPID())
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")
        let watching = descriptors.contains { name in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(name)"))
                == "anon_inode:inotify"
        }
        XCTAssertTrue(watching, "the reader watches the folder with inotify rather than polling")
        session.send("Q")
        XCTAssertEqual(session.exitStatus(), 0, session.screen())
    }

    func testSIGTERMRestoresTheTerminal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(
            [FolioProcess.executable.path, "samples"], width: 80, height: 24, environment: environment(folder)
        )
        session.wait(for: "7 unread")
        let pid = try XCTUnwrap(session.programPID())
        kill(pid, SIGTERM)
        XCTAssertEqual(session.exitStatus(), 128 + Int(SIGTERM))
        XCTAssertEqual(session.value("#{alternate_on}"), "0")
    }
}
