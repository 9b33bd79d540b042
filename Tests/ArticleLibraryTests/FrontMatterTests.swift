import ArticleLibrary
import XCTest

final class FrontMatterTests: XCTestCase {
    private func parse(_ text: String, path: String = "a/post.md") -> ArticleParser.Parsed {
        ArticleParser.parse(text, path: path)
    }

    func testSeedStyleYAML() {
        let parsed = parse(
            """
            ---
            title: '阿里旺旺群聊服务2月底将关停下线'
            categories: 
             - 新媒体
             - cnBeta
            headimg: 'https://example.com/a.png'
            author: cnBeta
            comments: false
            date: Tue, 22 Feb 2022 12:29:19 GMT
            ---

            <div>正文</div>
            """)
        let a = parsed.article
        XCTAssertEqual(a.title, "阿里旺旺群聊服务2月底将关停下线")
        XCTAssertEqual(a.titleSource, .frontMatter)
        XCTAssertEqual(a.categories, ["新媒体", "cnBeta"])
        XCTAssertEqual(a.authors, ["cnBeta"])
        XCTAssertEqual(a.image, "https://example.com/a.png")
        XCTAssertEqual(a.date.map(ArticleDate.iso8601), "2022-02-22T12:29:19Z")
        XCTAssertEqual(a.frontMatter, .yaml)
        XCTAssertEqual(a.format, .html)
        XCTAssertEqual(a.extra["comments"], "false")
        XCTAssertEqual(parsed.body.trimmingCharacters(in: .whitespacesAndNewlines), "<div>正文</div>")
        XCTAssertEqual(parsed.bodyLine, 11)
        XCTAssertEqual(parsed.warnings, [])
    }

    func testYAMLWithBlankLinesBetweenKeysAndFourSpaceLists() {
        let parsed = parse(
            "---\n\nlayout: post\n\ntitle: 重磅！2019中国经济研判\n\ncategories: Archive\n\ndate: 2019-02-19\n\n"
                + "tags:\n    - 经济\n    - 2019\n\n---\n\n正文")
        XCTAssertEqual(parsed.article.title, "重磅！2019中国经济研判")
        XCTAssertEqual(parsed.article.categories, ["Archive"])
        XCTAssertEqual(parsed.article.tags, ["经济", "2019"])
        XCTAssertEqual(parsed.article.extra["layout"], "post")
        XCTAssertEqual(parsed.article.date.map(ArticleDate.iso8601), "2019-02-19T00:00:00Z")
    }

    func testBOMBlankLineAndCRLFBeforeYAML() {
        let parsed = parse(
            "\u{FEFF}\r\n---\r\ntitle: Windows post\r\ndate: 2021-03-04 05:06\r\n---\r\nBody\r\n")
        XCTAssertEqual(parsed.article.title, "Windows post")
        XCTAssertEqual(parsed.article.date.map(ArticleDate.iso8601), "2021-03-04T05:06:00Z")
        XCTAssertEqual(parsed.body, "Body\n")
        XCTAssertEqual(parsed.article.frontMatter, .yaml)
    }

    func testScalarsStayAsWritten() {
        let parsed = parse("---\ntitle: 010\nsticky: yes\nversion: 1.10\ndate: 2022-02-22 12:29:19\n---\n")
        XCTAssertEqual(parsed.article.title, "010")
        XCTAssertEqual(parsed.article.extra["sticky"], "yes")
        XCTAssertEqual(parsed.article.extra["version"], "1.10")
        XCTAssertEqual(parsed.article.dateText, "2022-02-22 12:29:19")
    }

    func testCommaStringsAndAuthorLists() {
        let parsed = parse("---\ntitle: T\ntags: rust, 编程，swift\nauthors: [Ann, Bo]\n---\n")
        XCTAssertEqual(parsed.article.tags, ["rust", "编程", "swift"])
        XCTAssertEqual(parsed.article.authors, ["Ann", "Bo"])
        XCTAssertEqual(parsed.article.author, "Ann, Bo")
    }

    func testTOML() {
        let parsed = parse(
            """
            +++
            title = "Hugo 文章 \\"quoted\\""
            date = 2022-02-22T10:00:00+08:00
            draft = false
            tags = ["a", 'b',
                    "c"]  # trailing comment
            [params]
            cover = "img/cover.png"
            +++
            Body
            """)
        XCTAssertEqual(parsed.article.frontMatter, .toml)
        XCTAssertEqual(parsed.article.title, "Hugo 文章 \"quoted\"")
        XCTAssertEqual(parsed.article.date.map(ArticleDate.iso8601), "2022-02-22T02:00:00Z")
        XCTAssertEqual(parsed.article.tags, ["a", "b", "c"])
        XCTAssertEqual(parsed.article.extra["draft"], "false")
        XCTAssertEqual(parsed.article.extra["params.cover"], "img/cover.png")
        XCTAssertEqual(parsed.body, "Body")
        XCTAssertEqual(parsed.warnings, [])
    }

    func testBadTOMLLineIsReportedWithItsLine() {
        let parsed = parse("+++\ntitle = \"ok\"\nthis is not toml\n+++\nBody")
        XCTAssertEqual(parsed.article.title, "ok")
        XCTAssertEqual(
            parsed.warnings.map(\.description), ["a/post.md:3: bad TOML line: expected key = value"])
    }

    func testPelicanHeaders() {
        let parsed = parse(
            "Title: This Week in Rust 52\nDate: 2014-06-14 23:29\nCategory: This Week in Rust\nTags: rust,\n  weekly\n\nHello *world*.\n"
        )
        XCTAssertEqual(parsed.article.frontMatter, .pelican)
        XCTAssertEqual(parsed.article.title, "This Week in Rust 52")
        XCTAssertEqual(parsed.article.categories, ["This Week in Rust"])
        XCTAssertEqual(parsed.article.tags, ["rust", "weekly"])
        XCTAssertEqual(parsed.article.date.map(ArticleDate.iso8601), "2014-06-14T23:29:00Z")
        XCTAssertEqual(parsed.body, "Hello *world*.\n")
    }

    func testProseWithAColonIsNotPelican() {
        let parsed = parse("Note: this is just a sentence.\n\nMore.")
        XCTAssertEqual(parsed.article.frontMatter, .none)
        XCTAssertEqual(parsed.article.title, "post")
        XCTAssertEqual(parsed.article.titleSource, .fileName)
    }

    func testNoFrontMatterTakesFirstHeading() {
        let parsed = parse("> 原文链接: x\n\n#  25HVV丨联想电脑管家执行漏洞  \n正文", path: "x/y.md")
        XCTAssertEqual(parsed.article.title, "25HVV丨联想电脑管家执行漏洞")
        XCTAssertEqual(parsed.article.titleSource, .heading)
        XCTAssertEqual(parsed.article.frontMatter, .none)
    }

    func testHTMLHeadingAndSetextHeading() {
        XCTAssertEqual(
            parse("<div><p>x</p><h2 class=a>Hello <b>there</b> &amp; you</h2></div>").article.title,
            "Hello there & you")
        XCTAssertEqual(parse("Intro line\n\nA *Setext* title\n=====\n\ntext").article.title, "A Setext title")
        XCTAssertEqual(parse("## [Linked](http://x) heading ##\n").article.title, "Linked heading")
    }

    func testNoTitleAnywhereUsesFileName() {
        let parsed = parse("just text", path: "lib/.hidden-note.md")
        XCTAssertEqual(parsed.article.title, "hidden-note")
        XCTAssertEqual(parsed.article.titleSource, .fileName)
    }

    func testUnclosedFrontMatterIsReportedAndReadAsBody() {
        let parsed = parse("---\ntitle: never closed\n\n# Heading\n")
        XCTAssertEqual(
            parsed.warnings.map(\.description),
            ["a/post.md:1: front matter opened here is never closed; read as body"])
        XCTAssertEqual(parsed.article.title, "Heading")
    }

    func testBrokenYAMLIsReportedAndStillRead() {
        let parsed = parse(
            "---\ntitle: Rust: the good parts\ndate: 2020-01-02\ncategories:\n  - tech\n  - rust\n---\nBody")
        XCTAssertEqual(parsed.article.title, "Rust: the good parts")
        XCTAssertEqual(parsed.article.categories, ["tech", "rust"])
        XCTAssertNotNil(parsed.article.date)
        XCTAssertEqual(parsed.warnings.count, 1)
        let warning = parsed.warnings[0]
        XCTAssertEqual(warning.line, 2)
        XCTAssertTrue(warning.message.hasPrefix("bad YAML front matter"), warning.message)
    }

    func testUnparseableDateIsKeptAndReported() {
        let parsed = parse("---\ntitle: T\ndate: sometime in May\n---\n")
        XCTAssertNil(parsed.article.date)
        XCTAssertEqual(parsed.article.dateText, "sometime in May")
        XCTAssertEqual(
            parsed.warnings.map(\.message), ["date 'sometime in May' is not a date Folio understands"])
    }

    func testYAMLAliasBombIsBounded() {
        var yaml = "---\ntitle: bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<12 {
            let previous = "*a\(level - 1)"
            yaml +=
                "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        yaml += "---\nbody"
        let parsed = parse(yaml)
        XCTAssertEqual(parsed.article.title, "bomb")
        XCTAssertLessThan(parsed.article.extra["a11"]?.count ?? 0, 100_000)
    }

    func testTitleWithNewlinesAndTabsBecomesOneLine() {
        let parsed = parse("---\ntitle: \"first\\nsecond\\tthird\"\n---\n")
        XCTAssertEqual(parsed.article.title, "first second third")
    }
}
