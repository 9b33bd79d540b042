import ArticleLibrary
import XCTest

/// Reads every file of `../shared/corpus/`: real libraries of many formats.
final class CorpusTests: XCTestCase {
    func testSeedArticle() throws {
        let seed = try SharedFixtures.folder("corpus/seed")
        let library = try Library.load(paths: [seed.path])
        XCTAssertEqual(library.articles.count, 1)
        let article = try XCTUnwrap(library.articles.first)
        XCTAssertEqual(article.title, "阿里旺旺群聊服务2月底将关停下线")
        XCTAssertEqual(article.date.map(ArticleDate.iso8601), "2022-02-22T12:29:19Z")
        XCTAssertEqual(article.author, "cnBeta")
        XCTAssertEqual(article.categories, ["新媒体", "cnBeta", "最新"])
        XCTAssertEqual(
            article.image, "https://static.cnbetacdn.com/thumb/article/2022/0222/c0127052f632e7f.png")
        XCTAssertEqual(article.format, .html)
        XCTAssertEqual(library.warnings, [])
    }

    func testEveryCorpusArticleHasATitleAndEveryFrontMatterDateParses() throws {
        let corpus = try SharedFixtures.folder("corpus")
        let (files, _) = try LibraryScanner.files(under: [corpus.path])
        XCTAssertGreaterThan(files.count, 400)
        var unparsedDates: [String] = []
        var formats: [BodyFormat: Int] = [:]
        for file in files {
            guard case .article(let parsed) = ArticleFileReader.read(path: file) else {
                XCTFail("skipped \(file)")
                continue
            }
            let article = parsed.article
            XCTAssertFalse(article.title.trimmingCharacters(in: .whitespaces).isEmpty, file)
            if let text = article.dateText, article.date == nil { unparsedDates.append("\(file): \(text)") }
            formats[article.format, default: 0] += 1
        }
        XCTAssertEqual(unparsedDates, [])
        XCTAssertGreaterThan(formats[.html, default: 0], 50)
        XCTAssertGreaterThan(formats[.markdown, default: 0] + formats[.markdownWithHTML, default: 0], 300)
    }
}
