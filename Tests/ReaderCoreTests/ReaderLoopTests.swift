import ArticleLibrary
import Foundation
import ReaderCore
import XCTest

/// The event loop with background work: a library shown from its first screen, and a first
/// indexing that fills the list, both driven through a scripted terminal.
final class ReaderLoopTests: XCTestCase {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    private func articles(_ count: Int) -> [Article] {
        (0..<count).map { n in
            Article(
                path: "/lib/\(n).md", title: "Article \(n)",
                date: Date(timeIntervalSince1970: Double(1_000_000 - n) * 3_600))
        }
    }

    private func services() -> ReaderServices {
        ReaderServices(
            loadArticle: ReaderServices.readFromDisk, saveMark: { _ in }, browser: nil, imageViewer: nil,
            theme: { ThemeStore(folders: [ReaderLoopTests.themes]).load($0) })
    }

    func testAFirstScreenIsShownThenTheWholeLibraryWithItsMarks() throws {
        let all = articles(300)
        var state = ReaderState(
            libraryName: "big", library: Library(articles: Array(all[0..<256])), sortedBy: .date)
        state.libraryComplete = false
        var services = services()
        services.loadWholeLibrary = {
            (Library(articles: all), Marks(read: ["/lib/1.md"], starred: ["/lib/299.md"]))
        }
        let terminal = ScriptedTerminal(steps: [
            .init(
                what: "the whole library", until: { $0.shows("300 articles, 299 unread") },
                key: .character("G")),
            .init(
                what: "the last article", until: { $0.text(row: 28).contains("Article 299") },
                key: .character("k")),
        ])
        let loop = ReaderLoop(terminal: terminal, state: state, services: services)
        loop.run()
        XCTAssertNil(terminal.timedOut)
        XCTAssertTrue(terminal.screens.first?.shows("loading the library…") ?? false)
        XCTAssertTrue(terminal.screens.first?.shows("Article 0") ?? false, "the first screen at once")
        XCTAssertTrue(loop.state.marks.starred.contains("/lib/299.md"))
        XCTAssertTrue(loop.state.libraryComplete)
        XCTAssertEqual(loop.state.selectedArticle?.path, "/lib/298.md")
    }

    func testTheFirstIndexingFillsTheListAsItGoes() throws {
        let all = articles(200).shuffled()
        let state = ReaderState(libraryName: "new", library: Library(articles: []), sortedBy: .date)
        var services = services()
        let release = DispatchSemaphore(value: 0)
        services.refreshLibrary = { _, progress in
            progress(IndexProgress(read: 0, total: 200))
            progress(IndexProgress(read: 64, total: 200, articles: Array(all[0..<64])))
            _ = release.wait(timeout: .now() + 10)
            progress(IndexProgress(read: 200, total: 200, articles: Array(all[64...])))
            let sorted = all.sorted { Library.precedes($0, $1, order: .date) }
            return (Library(articles: sorted), IndexChanges(added: 200))
        }
        let terminal = ScriptedTerminal(steps: [
            .init(
                what: "the first batch", until: { $0.shows("64 articles") && $0.shows("indexing 64/200") },
                key: .character("j")),
            .init(what: "the selection moved", until: { $0.shows("2/64") }, key: .character("s")),
            .init(what: "the star", until: { $0.shows("starred") }, key: .control("l")),
            .init(
                what: "the rest of the indexing",
                until: { _ in
                    release.signal()
                    return true
                }, key: .control("l")),
            .init(
                what: "all of them", until: { $0.shows("200 articles, 200 unread") && !$0.shows("indexing") },
                key: .control("l")),
        ])
        let loop = ReaderLoop(terminal: terminal, state: state, services: services)
        loop.run()
        XCTAssertNil(terminal.timedOut, terminal.screens.last?.snapshot ?? "")
        let first64 = all[0..<64].sorted { Library.precedes($0, $1, order: .date) }
        XCTAssertEqual(
            loop.state.selectedArticle?.path, first64[1].path, "the starred article stays selected")
        XCTAssertTrue(loop.state.marks.starred.contains(first64[1].path))
        XCTAssertEqual(
            loop.state.rows.map { loop.state.articles[$0].path },
            all.sorted { Library.precedes($0, $1, order: .date) }.map(\.path))
    }

    func testAFirstIndexingThatDeliveredEveryArticleKeepsItsListAndTakesOnlyTheWarnings() throws {
        let all = articles(150).shuffled()
        let state = ReaderState(libraryName: "new", library: Library(articles: []), sortedBy: .date)
        var services = services()
        services.refreshLibrary = { _, progress in
            progress(IndexProgress(read: 0, total: 151))
            progress(IndexProgress(read: 64, total: 151, articles: Array(all[0..<64])))
            progress(IndexProgress(read: 151, total: 151, articles: Array(all[64...])))
            return (nil, IndexChanges(added: 151))
        }
        services.libraryWarnings = { [LibraryWarning(path: "/lib/bin.md", message: "binary file")] }
        let terminal = ScriptedTerminal(steps: [
            .init(
                what: "every article and the warning",
                until: {
                    $0.shows("150 articles") && $0.shows("1 files had problems") && !$0.shows("indexing")
                },
                key: .character("m")),
            .init(what: "the warnings", until: { $0.shows("binary file") }, key: .character("Q")),
        ])
        let loop = ReaderLoop(terminal: terminal, state: state, services: services)
        loop.run()
        XCTAssertNil(terminal.timedOut, terminal.screens.last?.snapshot ?? "")
        XCTAssertEqual(loop.state.warnings.map(\.message), ["binary file"])
        XCTAssertEqual(
            loop.state.rows.map { loop.state.articles[$0].path },
            all.sorted { Library.precedes($0, $1, order: .date) }.map(\.path))
    }
}
