import ArticleLibrary
import ReaderCore
import XCTest

final class ListOutputTests: XCTestCase {
    private let articles = (0..<40).map { number in
        Article(
            path: "/library/\(number).md", title: "Title \(number)\twith a tab",
            date: number % 3 == 0 ? nil : ArticleDate.parse("2024-01-\(10 + number % 20)"),
            authors: number % 2 == 0 ? ["Writer \(number)"] : [], categories: ["news", "n\(number)"],
            tags: ["t"], format: number % 2 == 0 ? .markdown : .html)
    }

    func testTextIsOneTabSeparatedLineAnArticle() {
        let lines = ListOutput.text(Array(articles.prefix(2))).split(
            separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(
            lines,
            [
                "-\tTitle 0 with a tab\tnews, n0\t/library/0.md",
                "2024-01-11\tTitle 1 with a tab\tnews, n1\t/library/1.md", "",
            ])
    }

    func testJSONIsOneArrayAndEmptyIsTwoBrackets() throws {
        XCTAssertEqual(ListOutput.json([]), "[]\n")
        let json = ListOutput.json(articles)
        XCTAssertTrue(json.hasPrefix("[\n  {"))
        XCTAssertTrue(json.hasSuffix("}\n]\n"))
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, articles.count)
        XCTAssertEqual(array[2]["author"] as? String, "Writer 2")
        XCTAssertTrue(array[1]["author"] is NSNull)
    }

    func testPiecesJoinToTheWholeOutput() {
        for json in [false, true] {
            let whole = json ? ListOutput.json(articles) : ListOutput.text(articles)
            var pieces: [String] = []
            ListOutput.write(articles, json: json, piece: 100) { pieces.append($0) }
            XCTAssertGreaterThan(pieces.count, 10)
            XCTAssertTrue(pieces.allSatisfy { !$0.isEmpty && $0.utf8.count < 100 + 400 })
            XCTAssertEqual(pieces.joined(), whole)
        }
    }
}
