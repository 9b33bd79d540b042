import ArticleLibrary
import XCTest

final class ArticleDateTests: XCTestCase {
    private func iso(_ text: String) -> String? {
        ArticleDate.parse(text).map(ArticleDate.iso8601)
    }

    func testFormatsFoundInRealLibraries() {
        let cases: [(String, String?)] = [
            ("Tue, 22 Feb 2022 12:29:19 GMT", "2022-02-22T12:29:19Z"),
            ("22 Feb 2022 12:29:19 +0800", "2022-02-22T04:29:19Z"),
            ("Mon, 21 Mar 2022 07:34:16 -0500", "2022-03-21T12:34:16Z"),
            ("2022-02-22T12:29:19Z", "2022-02-22T12:29:19Z"),
            ("2022-02-22T12:29:19.250+08:00", "2022-02-22T04:29:19Z"),
            ("2019-02-19", "2019-02-19T00:00:00Z"),
            ("2020-12-2", "2020-12-02T00:00:00Z"),
            ("2018-05-15 18:06", "2018-05-15T18:06:00Z"),
            ("2018-01-17 22:28 +0800", "2018-01-17T14:28:00Z"),
            ("2018-01-17 22:28:05 +08:00", "2018-01-17T14:28:05Z"),
            ("  2014-06-14 23:29  ", "2014-06-14T23:29:00Z"),
            ("2016/03/01", "2016-03-01T00:00:00Z"),
            ("2024-02-29", "2024-02-29T00:00:00Z"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(iso(text), expected, text)
        }
    }

    func testRejectsNonDates() {
        for text in [
            "", "yesterday", "2023-02-29", "2022-13-01", "2022-02-22 25:00", "Tue, 40 Feb 2022", "20220222",
            "2022-02-22 12:00 +99:00", String(repeating: "9", count: 500),
        ] {
            XCTAssertNil(ArticleDate.parse(text), text)
        }
    }

    func testDayIsUTC() throws {
        let date = try XCTUnwrap(ArticleDate.parse("2022-02-22 23:30 -0300"))
        XCTAssertEqual(ArticleDate.day(date), "2022-02-23")
    }

    func testDatesBefore1970() throws {
        let date = try XCTUnwrap(ArticleDate.parse("1969-07-20 20:17:40"))
        XCTAssertEqual(ArticleDate.iso8601(date), "1969-07-20T20:17:40Z")
    }
}
