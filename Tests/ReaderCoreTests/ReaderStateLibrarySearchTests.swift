import ArticleLibrary
import ReaderCore
import XCTest

/// `S`: a query typed in the status line, run by the loop in the background, and results that
/// replace the list until Escape.
final class ReaderStateLibrarySearchTests: XCTestCase {
    private func hit(_ article: Article, snippet: String, match: String) -> SearchHit {
        let range = snippet.range(of: match).map { [$0] } ?? []
        return SearchHit(article: article, rank: 0, snippet: SearchSnippet(text: snippet, matches: range))
    }

    private func article(_ title: String, in state: ReaderState) throws -> Article {
        try XCTUnwrap(state.articles.first { $0.title.contains(title) })
    }

    private func screen(_ state: ReaderState) -> [String] {
        let buffer = ScreenRenderer.render(state)
        return (0..<buffer.height).map { buffer.text(row: $0) }
    }

    func testTheQueryIsTypedThenRunInTheBackgroundWhileKeysKeepWorking() throws {
        var state = try ReaderFixture.state()
        ReaderFixture.press([.character("S")] + ReaderFixture.keys("地铁 tag:x"), &state)
        XCTAssertEqual(screen(state).last?.hasPrefix(" search the library: 地铁 tag:x▏"), true)
        XCTAssertEqual(state.rows.count, 7, "typing does not touch the list")
        let effects = ReaderFixture.press([.enter], &state)
        XCTAssertEqual(effects, [.searchLibrary(id: 1, query: try SearchQuery.parse("地铁 tag:x"))])
        XCTAssertEqual(screen(state).last?.hasPrefix(" searching 地铁 tag:x…"), true)
        ReaderFixture.press([.character("j"), .character("j")], &state)
        XCTAssertEqual(state.selected, 2, "keys work while the search runs")
        state.librarySearchIndexing(id: 1, done: 256, total: 1000)
        XCTAssertEqual(
            screen(state).last?.hasPrefix(" searching 地铁 tag:x: indexing text for search 256/1000"), true)
    }

    func testResultsReplaceTheListOpenAsFromTheListAndEscapeRestoresTheSelection() throws {
        var state = try ReaderFixture.state()
        ReaderFixture.press([.character("j"), .character("j")], &state)
        let before = try XCTUnwrap(state.selectedArticle?.path)
        ReaderFixture.press([.character("S")] + ReaderFixture.keys("地铁") + [.enter], &state)
        let metro = try article("上海地铁", in: state)
        let guide = try article("field guide", in: state)
        state.librarySearchFinished(
            id: 1,
            hits: [
                hit(metro, snippet: "…换乘两次地铁；现在一趟就到", match: "地铁"),
                hit(guide, snippet: "no match here", match: "?"),
            ])
        XCTAssertEqual(state.rows.map { state.articles[$0].path }, [metro.path, guide.path])
        XCTAssertEqual(state.selected, 0)
        let lines = screen(state)
        XCTAssertTrue(lines[0].contains("search: 地铁 — 2 results │ by relevance"), lines[0])
        XCTAssertTrue(lines[29].hasPrefix(" …换乘两次地铁；现在一趟就到"), lines[29])
        let buffer = ScreenRenderer.render(state)
        let highlighted = (0..<buffer.width).map { buffer[29, $0] }.filter {
            $0.style.overlay == "search.match"
        }
        XCTAssertEqual(highlighted.map(\.text).joined(), "地铁")

        ReaderFixture.press([.character("j"), .enter], &state)
        XCTAssertEqual(state.open?.article.path, guide.path, "Enter opens the selected hit")
        XCTAssertEqual(
            screen(state).last?.hasPrefix(" ? help  q close"), true, "the reader's hints while reading")
        ReaderFixture.press([.character("K")], &state)
        XCTAssertEqual(state.open?.article.path, metro.path, "K steps through the results")
        ReaderFixture.press([.character("q"), .escape], &state)
        XCTAssertNil(state.librarySearch)
        XCTAssertEqual(state.rows.count, 7)
        XCTAssertEqual(state.selectedArticle?.path, before)
        XCTAssertFalse(screen(state)[0].contains("search:"))
    }

    func testSAgainEditsTheShownQueryAndNewResultsKeepTheFirstSavedSelection() throws {
        var state = try ReaderFixture.state()
        ReaderFixture.press([.character("G")], &state)
        let before = try XCTUnwrap(state.selectedArticle?.path)
        ReaderFixture.press([.character("S"), .character("a"), .enter], &state)
        state.librarySearchFinished(
            id: 1, hits: [hit(try article("梅雨", in: state), snippet: "a", match: "a")])
        ReaderFixture.press([.character("S")], &state)
        XCTAssertEqual(state.librarySearch?.query, "a")
        ReaderFixture.press([.control("u")], &state)
        XCTAssertEqual(state.librarySearch?.query, "", "C-u clears the line")
        ReaderFixture.press([.character("a")], &state)
        let effects = ReaderFixture.press([.character("b"), .enter], &state)
        XCTAssertEqual(effects, [.searchLibrary(id: 2, query: SearchQuery(terms: ["ab"]))])
        state.librarySearchFinished(id: 1, hits: [])
        XCTAssertEqual(state.librarySearch?.running, 2, "a stale result is ignored")
        state.librarySearchFinished(
            id: 2, hits: [hit(try article("Markdown", in: state), snippet: "ab", match: "ab")])
        XCTAssertEqual(state.librarySearch?.results?.query, "ab")
        ReaderFixture.press([.escape], &state)
        XCTAssertEqual(state.selectedArticle?.path, before)
    }

    func testBadQueriesFailuresAndEmptyResultsGiveMessagesAndLeaveTheList() throws {
        var state = try ReaderFixture.state()
        var effects = ReaderFixture.press(
            [.character("S")] + ReaderFixture.keys("after:soon") + [.enter], &state)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message?.isError, true)
        XCTAssertEqual(state.message?.text.contains("'soon' is not a date"), true, state.message?.text ?? "")
        XCTAssertNil(state.librarySearch)

        effects = ReaderFixture.press([.character("S")] + ReaderFixture.keys("zzz") + [.enter], &state)
        XCTAssertEqual(effects.count, 1)
        state.librarySearchFinished(id: 1, hits: [])
        XCTAssertEqual(state.message?.text, "no article matches zzz")
        XCTAssertNil(state.librarySearch)
        XCTAssertEqual(state.rows.count, 7)

        ReaderFixture.press([.character("S")] + ReaderFixture.keys("x") + [.enter], &state)
        state.librarySearchFailed(id: 2, reason: "disk I/O error")
        XCTAssertEqual(state.message?.text, "library search failed: disk I/O error")
        XCTAssertEqual(state.message?.isError, true)

        ReaderFixture.press([.character("S"), .escape], &state)
        XCTAssertNil(state.librarySearch, "Escape leaves an empty query line")
        ReaderFixture.press([.character("S")] + ReaderFixture.keys("y") + [.enter, .escape], &state)
        XCTAssertNil(state.wantedLibrarySearch, "Escape gives up the search running")
        state.librarySearchFinished(
            id: 3, hits: [hit(try article("梅雨", in: state), snippet: "y", match: "y")])
        XCTAssertEqual(state.rows.count, 7, "its late result is ignored")
    }

    func testTheKeyIsInTheHelpAndCanBeRebound() throws {
        let help = Keymap.standard.helpLines.first { $0.keys == "S" }
        XCTAssertEqual(help?.help.hasPrefix("search the whole library"), true)
        let config = ReaderConfig.parse("bind \\ library-search\n", path: "config")
        XCTAssertEqual(config.problems, [])
        XCTAssertEqual(config.keymap.command(for: .character("\\"), in: .list), .librarySearch)
    }
}

/// Keys pressed while an article loads in the background.
final class ReaderStateLoadingTests: XCTestCase {
    func testQWhileAnArticleLoadsClosesTheReaderInsteadOfQuitting() throws {
        var state = try ReaderFixture.state()
        let path = try XCTUnwrap(state.selectedArticle?.path)
        XCTAssertEqual(state.handle(.key(.enter)), [.loadArticle(path: path)])
        XCTAssertEqual(state.loading, path)
        XCTAssertEqual(state.handle(.key(.character("q"))), [])
        XCTAssertNil(state.loading)
        XCTAssertEqual(state.focus, .list)
    }
}

/// The list search (`/`) folds case and width once per article.
final class ReaderStateListSearchTests: XCTestCase {
    func testTheListSearchIgnoresCaseAndWidthInTitlesCategoriesAndTags() {
        let articles = [
            Article(path: "/a.md", title: "ＡＢＣ news", categories: ["Tech"]),
            Article(path: "/b.md", title: "ｶﾀｶﾅ の話", tags: ["Ｒｕｓｔ"]),
            Article(path: "/c.md", title: "上海地铁新线开通：居民通勤", categories: ["城市"]),
            Article(path: "/d.md", title: "Café ﬁle"),
        ]
        var state = ReaderState(
            libraryName: "t", library: Library(articles: articles), width: 100, height: 30)
        func shown(_ query: String) -> [String] {
            ReaderFixture.press([.character("/")] + ReaderFixture.keys(query), &state)
            defer { ReaderFixture.press([.escape], &state) }
            return state.rows.map { state.articles[$0].path }.sorted()
        }
        XCTAssertEqual(shown("abc"), ["/a.md"])
        XCTAssertEqual(shown("tech"), ["/a.md"])
        XCTAssertEqual(shown("カタカナ"), ["/b.md"])
        XCTAssertEqual(shown("rust"), ["/b.md"])
        XCTAssertEqual(shown("地铁"), ["/c.md"])
        XCTAssertEqual(shown("地铁新线开通:"), ["/c.md"], "a fullwidth colon is a colon")
        XCTAssertEqual(shown("CAFÉ FILE"), ["/d.md"])
        XCTAssertEqual(shown("城市"), ["/c.md"])
        XCTAssertEqual(shown("zz"), [])
        state.addArticles([Article(path: "/e.md", title: "abc again")], marks: Marks())
        XCTAssertEqual(shown("ABC"), ["/a.md", "/e.md"], "articles added later are searched too")
    }
}
