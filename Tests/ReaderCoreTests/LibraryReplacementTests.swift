import ArticleLibrary
import ReaderCore
import XCTest

final class LibraryReplacementTests: XCTestCase {
    func testReplacingTheLibraryKeepsSelectionMarksAndAddsSavedMarksOfNewArticles() throws {
        var state = try ReaderFixture.state()
        ReaderFixture.press([.character("j"), .character("j"), .character("s")], &state)
        let selected = try XCTUnwrap(state.selectedArticle?.path)
        var articles = state.articles.filter { $0.title != "A saved web page" }
        articles.append(
            Article(path: "/new/one.md", title: "Newer than all", date: ArticleDate.parse("2031-01-01")))
        let counts = state.replaceLibrary(Library(articles: articles)) { new in
            Marks(read: Set(new.map(\.path)))
        }
        XCTAssertEqual(counts.added, 1)
        XCTAssertEqual(counts.removed, 1)
        XCTAssertEqual(state.selectedArticle?.path, selected)
        XCTAssertTrue(state.marks.starred.contains(selected))
        XCTAssertTrue(state.marks.read.contains("/new/one.md"))
        XCTAssertEqual(state.articles[state.rows[0]].title, "Newer than all")
        XCTAssertEqual(state.rows.count, 7)
    }
}
