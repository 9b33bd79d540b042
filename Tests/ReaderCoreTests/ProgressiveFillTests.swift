import ArticleLibrary
import Foundation
import ReaderCore
import XCTest

/// The first indexing of a library fills the list batch by batch: sorted places, the selection
/// kept by identity and on screen, and the final library taking over without a jump.
final class ProgressiveFillTests: XCTestCase {
    /// Articles with few distinct dates (ties fall back to title, then path), some undated, in
    /// an order unrelated to the sort, as the indexer meets files on disk.
    private func articles(_ count: Int) -> [Article] {
        var generator = SplitMix(seed: 7)
        return (0..<count).map { n in
            let day = Int(generator.next() % 40)
            let date = day == 0 ? nil : Date(timeIntervalSince1970: Double(day) * 86_400)
            let title = ["Alpha", "beta", "Gamma 10", "gamma 9", "地铁", "東京"][Int(generator.next() % 6)]
            return Article(
                path: "/lib/\(generator.next() % 1_000_000)-\(n).md", title: "\(title) \(n % 7)", date: date,
                categories: n % 3 == 0 ? ["news"] : ["notes"])
        }
    }

    private func sortedPaths(_ list: [Article]) -> [String] {
        list.sorted { Library.precedes($0, $1, order: .date) }.map(\.path)
    }

    private func shownPaths(_ state: ReaderState) -> [String] {
        state.rows.map { state.articles[$0].path }
    }

    func testBatchesGoToTheirSortedPlacesAndTheSelectedArticleStaysPut() throws {
        let all = articles(3_000)
        var state = ReaderState(
            libraryName: "big", library: Library(articles: []), sortedBy: .date, width: 100, height: 30)
        XCTAssertTrue(ScreenRenderer.render(state).text(row: 1).contains("No articles found."))
        var start = 0
        var size = 64
        var selectedPath: String?
        var offset = 0
        while start < all.count {
            let batch = Array(all[start..<min(all.count, start + size)])
            state.addArticles(batch, marks: Marks(read: [batch[0].path]))
            start += batch.count
            size = min(1_024, size * 2)
            XCTAssertEqual(shownPaths(state), sortedPaths(Array(all[0..<start])))
            if let selectedPath {
                XCTAssertEqual(state.selectedArticle?.path, selectedPath, "selected by identity")
                XCTAssertEqual(state.selected - state.listTop, offset, "and where it was on screen")
            } else {
                ReaderFixture.press([.character("j"), .character("j"), .character("j")], &state)
                selectedPath = state.selectedArticle?.path
                offset = state.selected - state.listTop
                XCTAssertEqual(offset, 3)
            }
        }
        XCTAssertEqual(state.articles.count, 3_000)
        XCTAssertTrue(state.marks.read.contains(all[64].path), "saved marks come with each batch")
        let unread = all.filter { !state.marks.read.contains($0.path) }.count
        XCTAssertEqual(state.unreadCount, unread)
        XCTAssertEqual(unread, 3_000 - 6, "one saved read mark a batch")

        // The finished index gives the same articles sorted: the list does not move.
        let top = state.listTop
        let final = Library(articles: all.sorted { Library.precedes($0, $1, order: .date) })
        let counts = state.replaceLibrary(final, sortedBy: .date, marksForNew: nil)
        XCTAssertEqual(counts.added, 0)
        XCTAssertEqual(counts.removed, 0)
        XCTAssertEqual(state.selectedArticle?.path, selectedPath)
        XCTAssertEqual(state.listTop, top)
        XCTAssertEqual(shownPaths(state), sortedPaths(all))
    }

    func testAListLeftAtItsTopKeepsShowingTheNewestArrivals() throws {
        let all = articles(1_000)
        var state = ReaderState(
            libraryName: "big", library: Library(articles: []), sortedBy: .date, width: 100, height: 30)
        for start in stride(from: 0, to: all.count, by: 100) {
            state.addArticles(Array(all[start..<start + 100]), marks: Marks())
            XCTAssertEqual(state.selected, 0)
            XCTAssertEqual(state.listTop, 0)
            XCTAssertEqual(state.selectedArticle?.path, sortedPaths(Array(all[0..<start + 100]))[0])
        }
    }

    func testTheFilterTheSortOrderAndLibrarySearchResultsHoldWhileTheListFills() throws {
        let all = articles(600)
        var state = ReaderState(
            libraryName: "big", library: Library(articles: Array(all[0..<100])), width: 100, height: 30)
        ReaderFixture.press([.character("o")], &state)
        XCTAssertEqual(state.sort, .title)
        ReaderFixture.press([.character("c"), .character("j"), .character("j"), .enter], &state)
        XCTAssertEqual(state.filter, "news")
        state.addArticles(Array(all[100..<300]), marks: Marks())
        let news = all[0..<300].filter { $0.categories == ["news"] }
        XCTAssertEqual(
            shownPaths(state), news.sorted { Library.precedes($0, $1, order: .title) }.map(\.path))

        ReaderFixture.press([.escape, .character("j")], &state)
        XCTAssertNil(state.filter)
        let before = try XCTUnwrap(state.selectedArticle?.path)
        ReaderFixture.press([.character("S"), .character("x"), .enter], &state)
        let hit = SearchHit(article: all[5], rank: 0, snippet: SearchSnippet(text: "x"))
        state.librarySearchFinished(id: 1, hits: [hit])
        state.addArticles(Array(all[300...]), marks: Marks())
        XCTAssertEqual(shownPaths(state), [all[5].path], "results stay while articles arrive")
        ReaderFixture.press([.escape], &state)
        XCTAssertEqual(shownPaths(state), all.sorted { Library.precedes($0, $1, order: .title) }.map(\.path))
        XCTAssertEqual(state.selectedArticle?.path, before)
    }
}

/// A small deterministic generator for test data.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
