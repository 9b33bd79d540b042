import ArticleLibrary
import Foundation
import XCTest

final class IndexSearchTests: XCTestCase {
    private var fixture: IndexFixture!
    private var index: LibraryIndex!
    private var paths: [String] { [fixture.library.path] }

    override func setUpWithError() throws {
        fixture = try IndexFixture(self)
        try fixture.write(
            "apple.md",
            IndexFixture.article(
                title: "苹果发布新手机", date: "2022-03-01", tags: ["科技", "Mobile"], categories: ["新闻"],
                author: "Li Lei", body: "苹果公司今天发布了新款手机，支持中文输入法。The phone is fast."))
        try fixture.write(
            "rust.md",
            IndexFixture.article(
                title: "This Week in Rust", date: "2021-06-01", tags: ["rust"], categories: ["Programming"],
                author: "Jane Doe", body: "Memory safety without garbage collection. Ownership and borrowing."
            ))
        try fixture.write(
            "news.html",
            "---\ntitle: 中文排版指南\ndate: 2020-01-15\ncategories: [新闻]\n---\n"
                + "<div><p>讨论<b>中文</b>排版与 garbage 回收。</p><script>hidden secret</script></div>")
        try fixture.write(
            "late.md",
            IndexFixture.article(
                title: "Garbage collection in Go", date: "2023-01-01", author: "Rob",
                body: "A tracing collector."))
        index = try fixture.open()
        _ = try index.refresh(paths: paths)
        XCTAssertEqual(try index.pendingSearchCount(), 4)
        try index.updateSearchIndex()
        XCTAssertEqual(try index.pendingSearchCount(), 0)
    }

    private func titles(_ text: String) throws -> [String] {
        try index.search(SearchQuery.parse(text), paths: paths).map(\.article.title)
    }

    func testEnglishWordsMustAllMatchCaseInsensitively() throws {
        XCTAssertEqual(try titles("OWNERSHIP borrowing"), ["This Week in Rust"])
        XCTAssertEqual(try titles("ownership collector"), [])
    }

    func testTitleMatchesComeFirst() throws {
        let found = try titles("garbage")
        XCTAssertEqual(found.first, "Garbage collection in Go")
        XCTAssertEqual(Set(found.dropFirst()), ["This Week in Rust", "中文排版指南"])
    }

    func testQueriesWithoutTextAreNewestFirst() throws {
        XCTAssertEqual(
            try titles("after:2000-01-01"),
            ["Garbage collection in Go", "苹果发布新手机", "This Week in Rust", "中文排版指南"])
    }

    func testChinesePhraseOfThreeOrMoreCharacters() throws {
        XCTAssertEqual(try titles("新款手机"), ["苹果发布新手机"])
        XCTAssertEqual(try titles("中文排版"), ["中文排版指南"])
    }

    func testInlineTagsDoNotSplitWordsAndScriptsAreNotIndexed() throws {
        XCTAssertEqual(try titles("讨论中文排版"), ["中文排版指南"])
        XCTAssertEqual(try titles("secret"), [])
    }

    func testOneAndTwoCharacterChineseQueries() throws {
        XCTAssertEqual(try titles("中文"), ["中文排版指南", "苹果发布新手机"])
        XCTAssertEqual(try titles("苹果"), ["苹果发布新手机"])
        XCTAssertEqual(try titles("果"), ["苹果发布新手机"])
        XCTAssertEqual(try titles("回收 garbage"), ["中文排版指南"])
        XCTAssertEqual(try titles("Go"), ["Garbage collection in Go"])
    }

    func testFilters() throws {
        XCTAssertEqual(try titles("tag:科技"), ["苹果发布新手机"])
        XCTAssertEqual(try titles("tag:mobile"), ["苹果发布新手机"])
        XCTAssertEqual(try titles("tag:mob"), [])
        XCTAssertEqual(try titles("category:新闻"), ["苹果发布新手机", "中文排版指南"])
        XCTAssertEqual(try titles("category:programming garbage"), ["This Week in Rust"])
        XCTAssertEqual(try titles("author:doe"), ["This Week in Rust"])
        XCTAssertEqual(try titles("author:\"li lei\""), ["苹果发布新手机"])
        XCTAssertEqual(try titles("after:2022-01-01"), ["Garbage collection in Go", "苹果发布新手机"])
        XCTAssertEqual(try titles("before:2021-06-01"), ["中文排版指南"])
        XCTAssertEqual(try titles("after:2021-01-01 before:2022-12-31 garbage"), ["This Week in Rust"])
    }

    func testExactPhrase() throws {
        XCTAssertEqual(try titles("\"safety without\""), ["This Week in Rust"])
        XCTAssertEqual(try titles("\"without safety\""), [])
    }

    func testFTSSyntaxCharactersNeverFailTheQuery() throws {
        for text in [
            "\"", "\"\"", "*", "garbage*", "AND", "OR NOT", "-garbage", "a:b", ":", "NEAR(a b)",
            "col:garbage", "\"unclosed phrase", "^title", "(", ")", "'", "{title}: x", "tag:", "a\"b\"c",
        ] {
            XCTAssertNoThrow(try index.search(SearchQuery.parse(text), paths: paths), text)
        }
        XCTAssertEqual(try titles("fast."), ["苹果发布新手机"])
    }

    func testSnippetMarksTheMatch() throws {
        let hit = try XCTUnwrap(index.search(SearchQuery.parse("ownership"), paths: paths).first)
        XCTAssertTrue(hit.snippet.marked().contains("«Ownership»"), hit.snippet.text)
        let short = try XCTUnwrap(index.search(SearchQuery.parse("苹果"), paths: paths).first)
        XCTAssertTrue(short.snippet.marked().hasPrefix("«苹果»公司"), short.snippet.marked())
        XCTAssertEqual(short.snippet.matches.count, 1)
    }

    func testSearchIsLimitedToTheGivenRoots() throws {
        try fixture.write("../other/x.md", IndexFixture.article(title: "Other garbage", body: "garbage"))
        let other = fixture.root.appendingPathComponent("other").path
        _ = try index.refresh(paths: [other])
        try index.updateSearchIndex()
        XCTAssertEqual(try titles("garbage").count, 3)
        XCTAssertEqual(try index.search(SearchQuery.parse("garbage"), paths: [other]).count, 1)
    }

    func testBadDateIsAQueryError() {
        XCTAssertThrowsError(try SearchQuery.parse("after:yesterday"))
    }

    func testQueryParsing() throws {
        let query = try SearchQuery.parse(
            "  words \"a phrase\" tag:\"two words\" Category:X author:ann other:thing ")
        XCTAssertEqual(query.terms, ["words", "a phrase", "other:thing"])
        XCTAssertEqual(query.tags, ["two words"])
        XCTAssertEqual(query.categories, ["X"])
        XCTAssertEqual(query.authors, ["ann"])
    }
}
