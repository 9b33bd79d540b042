import ArticleLibrary
import Foundation
import XCTest

/// A search-index catch-up asked to stop ends after the row it is adding, keeping what it added.
final class IndexSearchCatchUpStopTests: XCTestCase {
    func testStoppingMidBatchKeepsTheRowsAddedAndTheNextRunFinishes() throws {
        let fixture = try IndexFixture(self)
        for n in 0..<300 { try fixture.write("f\(n).md", "# Title \(n)\n\nword\(n)") }
        let index = try fixture.open()
        _ = try index.refresh(paths: [fixture.library.path])
        var asked = 0
        try index.updateSearchIndex(isStopped: {
            asked += 1
            return asked >= 10
        })
        XCTAssertEqual(try index.pendingSearchCount(), 290, "ten rows, fewer than a batch, were committed")
        XCTAssertLessThan(10, LibraryIndex.searchBatchSize)
        try index.updateSearchIndex()
        XCTAssertEqual(try index.pendingSearchCount(), 0)
        XCTAssertEqual(
            try index.search(SearchQuery.parse("word299"), paths: [fixture.library.path]).map(
                \.article.title),
            ["Title 299"])
    }
}
