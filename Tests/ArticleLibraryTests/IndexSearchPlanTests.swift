import Foundation
import XCTest

@testable import ArticleLibrary

final class IndexSearchPlanTests: XCTestCase {
    private func index(with files: [String: String]) throws -> (LibraryIndex, [String]) {
        let fixture = try IndexFixture(self)
        for (name, text) in files { try fixture.write(name, text) }
        let index = try fixture.open()
        _ = try index.refresh(paths: [fixture.library.path])
        try index.updateSearchIndex()
        return (index, [fixture.library.path])
    }

    func testShortTermsGoThroughTheIndexEvenAtTheEndOfAColumn() throws {
        let (index, paths) = try index(with: [
            "a.md": IndexFixture.article(title: "关于苹果", body: "正文没有"),
            "b.md": IndexFixture.article(title: "Other", tags: ["Go"], body: "水果"),
        ])
        XCTAssertEqual(try index.plan("苹果"), .match("(\"苹果\u{1}\")", needsCheck: false))
        XCTAssertEqual(try index.plan("Go"), .match("(\"go\u{1F}\")", needsCheck: false))
        XCTAssertEqual(try index.plan("梨"), .nowhere)
        let titles = { (text: String) in
            try index.search(SearchQuery.parse(text), paths: paths).map(\.article.title).sorted()
        }
        XCTAssertEqual(try titles("苹果"), ["关于苹果"])
        XCTAssertEqual(try titles("果"), ["Other", "关于苹果"])
        XCTAssertEqual(try titles("go"), ["Other"])
        XCTAssertEqual(try titles("梨"), [])
    }

    func testLongTermCandidatesAreConfirmedOnTheText() throws {
        let (index, paths) = try index(with: [
            "near.md": IndexFixture.article(title: "Near", body: "abc and bcd then cde"),
            "exact.md": IndexFixture.article(title: "Exact", body: "xx ABCDE yy"),
        ])
        XCTAssertEqual(try index.plan("abcde"), .match("(\"abc\" AND \"bcd\" AND \"cde\")", needsCheck: true))
        XCTAssertEqual(
            try index.search(SearchQuery.parse("abcde"), paths: paths).map(\.article.title), ["Exact"])
        XCTAssertEqual(try index.plan("AbabA"), .match("(\"Aba\" AND \"bab\")", needsCheck: true))
    }

    func testCommonShortTermsAreScanned() {
        XCTAssertEqual(TermPlan.short(trigrams: [], rows: 0), .nowhere)
        XCTAssertEqual(TermPlan.short(trigrams: ["ab\""], rows: 3), .match("(\"ab\"\"\")", needsCheck: false))
        XCTAssertEqual(TermPlan.short(trigrams: ["abc"], rows: TermPlan.maxRows + 1), .scan)
        let many = (0...TermPlan.maxTrigrams).map { "a\($0)" }
        XCTAssertEqual(TermPlan.short(trigrams: many, rows: many.count), .scan)
    }

    func testConfirmingIgnoresCase() {
        let article = Article(path: "p", title: "Straße", tags: ["Rust"])
        XCTAssertTrue(TextCheck.contains(article, body: "", term: "rust"))
        XCTAssertFalse(TextCheck.contains(article, body: "", term: "python"))
        XCTAssertTrue(TextCheck.contains(article, body: "Ünïcode", term: "üNÏ"))
        XCTAssertTrue(TextCheck.contains(article, body: "中文排版", term: "文排"))
        XCTAssertFalse(TextCheck.contains(article, body: "中文排版", term: "排文"))
    }
}
