import Foundation
import XCTest

@testable import ArticleLibrary

final class IndexTitleOrderTests: XCTestCase {
    func testCaseIsIgnoredAndDigitRunsCompareByValue() {
        let cases: [(String, String, Int)] = [
            ("Part 2", "Part 10", -1), ("part 10", "Part 9", 1), ("apple", "APPLE", 0), ("a01", "a1", 0),
            ("a1b", "a01c", -1), ("b", "A", 1), ("ab", "abc", -1), ("", "a", -1), ("Éclair", "éclair", 0),
            ("éclair", "eclair", 1), ("中文", "中国", 1), ("x9", "x!", 1), ("x9", "xa", -1),
            ("007 agent", "7 agent", 0), ("100", "99", 1), ("Ωmega", "ωmega", 0),
        ]
        for (a, b, expected) in cases {
            XCTAssertEqual(TitleOrder.compare(a, b).signum(), expected, "\(a) vs \(b)")
            XCTAssertEqual(TitleOrder.compare(b, a).signum(), -expected, "\(b) vs \(a)")
        }
    }

    func testTheIndexListsInTheLibrarysOrderWithoutSorting() throws {
        let fixture = try IndexFixture(self)
        let titles = [
            "Part 10", "part 2", "Zebra", "apple", "Äpfel", "中文", "éclair", "Éclair 2", "Apple", "a01", "A1",
        ]
        for (n, title) in titles.enumerated() {
            let date = n % 3 == 0 ? "2022-01-0\(n % 2 + 1)" : "2021-05-05"
            try fixture.write("f\(n).md", IndexFixture.article(title: title, date: date, body: "x"))
        }
        try fixture.write("undated.md", "# Undated")
        let paths = [fixture.library.path]
        let index = try fixture.open()
        _ = try index.refresh(paths: paths)
        for order in Library.SortOrder.allCases {
            let expected = try Library.load(paths: paths, sort: order).articles.map(\.path)
            let statement = try index.database.prepare(
                "SELECT path FROM files WHERE skipped = 0 ORDER BY \(IndexColumns.order(order))")
            var fromSQL: [String] = []
            while try statement.step() { fromSQL.append(statement.string(0)) }
            XCTAssertEqual(fromSQL, expected, "\(order)")
            var listed = try XCTUnwrap(index.cachedLibrary(paths: paths, sort: order))
            XCTAssertTrue(listed.isSorted(by: order), "\(order)")
            XCTAssertEqual(listed.articles.map(\.path), expected, "\(order)")
            listed.articles.reverse()
            XCTAssertFalse(listed.isSorted(by: order))
            let firstScreen = try XCTUnwrap(index.cachedLibrary(paths: paths, sort: order, limit: 4))
            XCTAssertEqual(firstScreen.articles.map(\.path), Array(expected.prefix(4)), "\(order)")
        }
    }
}
