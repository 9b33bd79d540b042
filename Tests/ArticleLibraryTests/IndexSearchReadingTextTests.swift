import ArticleLibrary
import Foundation
import XCTest

/// A search that reads the stored text finds, before the full-text index has any row, what the
/// index finds once it is built: the reader answers that way while the index catches up.
final class IndexSearchReadingTextTests: XCTestCase {
    func testReadingTextFindsWhatTheFullTextIndexFindsLater() throws {
        let fixture = try IndexFixture(self)
        try fixture.write(
            "apple.md",
            IndexFixture.article(
                title: "苹果发布新手机", date: "2022-03-01", tags: ["科技"], categories: ["新闻"],
                body: "苹果公司今天发布了**新款手机**。The phone is fast."))
        try fixture.write(
            "rust.md",
            IndexFixture.article(
                title: "This Week in Rust", date: "2021-06-01", tags: ["rust"],
                body: "# Memory\n\nMemory safety without *garbage collection*."))
        try fixture.write(
            "news.html",
            "---\ntitle: 中文排版指南\ndate: 2020-01-15\n---\n<p>讨论<b>中文</b>排版与 garbage 回收。</p>")
        try fixture.write(
            "late.md",
            IndexFixture.article(title: "Garbage collection in Go", date: "2023-01-01", body: "Go."))
        let paths = [fixture.library.path]
        let index = try fixture.open()
        _ = try index.refresh(paths: paths)
        let queries = [
            "garbage", "\"garbage collection\"", "新款手机", "中文", "果", "GO", "tag:rust memory",
            "category:新闻 fast", "after:2021-01-01 garbage", "nothing-like-this",
        ]
        var before: [String: Set<String>] = [:]
        for text in queries {
            let hits = try index.search(SearchQuery.parse(text), paths: paths, readingText: true)
            before[text] = Set(hits.map(\.article.title))
        }
        XCTAssertEqual(try index.pendingSearchCount(), 4, "nothing was added to the full-text index")
        XCTAssertEqual(try index.search(SearchQuery.parse("garbage"), paths: paths).count, 0)
        try index.updateSearchIndex()
        for text in queries {
            let hits = try index.search(SearchQuery.parse(text), paths: paths)
            XCTAssertEqual(before[text], Set(hits.map(\.article.title)), text)
        }
        XCTAssertEqual(before["garbage"]?.count, 3)
        let first = try index.search(SearchQuery.parse("garbage"), paths: paths, readingText: true).first
        XCTAssertEqual(first?.article.title, "Garbage collection in Go", "title matches first")
    }
}
