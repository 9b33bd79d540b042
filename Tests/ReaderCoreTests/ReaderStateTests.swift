import ArticleLibrary
import ReaderCore
import XCTest

final class ReaderStateTests: XCTestCase {
    func testListMovesAndOpensTheSelectedArticleMarkingItRead() throws {
        var state = try ReaderFixture.state()
        XCTAssertEqual(state.rows.count, 7)
        XCTAssertEqual(state.unreadCount, 7)
        ReaderFixture.press([.character("j"), .down, .character("k")], &state)
        XCTAssertEqual(state.selected, 1)
        let effects = ReaderFixture.press([.enter], &state)
        let path = try XCTUnwrap(state.selectedArticle?.path)
        XCTAssertEqual(effects, [.saveMark(.read(path: path, true))])
        XCTAssertEqual(state.open?.article.path, path)
        XCTAssertEqual(state.focus, .reader)
        XCTAssertEqual(state.unreadCount, 6)
    }

    func testReaderScrollsByLineAndPageAndCloses() throws {
        var state = try ReaderFixture.state(width: 60, height: 20)
        ReaderFixture.select("field guide", &state)
        ReaderFixture.press([.enter], &state)
        XCTAssertEqual(state.open?.top, 0)
        ReaderFixture.press([.character("j"), .character("j")], &state)
        XCTAssertEqual(state.open?.top, 2)
        ReaderFixture.press([.character(" ")], &state)
        XCTAssertGreaterThan(state.open?.top ?? 0, 2)
        ReaderFixture.press([.character("G")], &state)
        let bottom = state.open?.top ?? 0
        ReaderFixture.press([.character("j")], &state)
        XCTAssertEqual(state.open?.top, bottom, "scrolling stops at the end")
        let effects = ReaderFixture.press([.character("q")], &state)
        XCTAssertNil(state.open)
        XCTAssertEqual(state.focus, .list)
        guard case .saveMark(.position(_, let position))? = effects.first else {
            return XCTFail("\(effects)")
        }
        XCTAssertGreaterThan(position.fraction, 0.5)
        XCTAssertEqual(position.line, bottom)
    }

    func testReopeningRestoresThePosition() throws {
        var state = try ReaderFixture.state(width: 60, height: 20)
        ReaderFixture.select("field guide", &state)
        ReaderFixture.press([.enter, .character(" "), .character("q"), .enter], &state)
        XCTAssertGreaterThan(state.open?.top ?? 0, 0)
    }

    func testDigitsThenEnterOpenTheLinkAndOnlyWebSchemesOpen() throws {
        var state = try ReaderFixture.state()
        ReaderFixture.select("field guide", &state)
        ReaderFixture.press([.enter], &state)
        ReaderFixture.press([.character("3")], &state)
        XCTAssertEqual(
            state.pendingDescription, "open link 3: https://en.wikipedia.org/wiki/Computer_terminal")
        let effects = ReaderFixture.press([.enter], &state)
        XCTAssertEqual(effects, [.openURL("https://en.wikipedia.org/wiki/Computer_terminal")])
        XCTAssertEqual(
            ReaderFixture.press([.character("4"), .enter], &state),
            [.openURL("mailto:team@folio.example.org")])
        XCTAssertEqual(ReaderFixture.press([.character("9"), .character("9"), .enter], &state), [])
        XCTAssertEqual(state.message?.text, "no link 99")
        XCTAssertEqual(
            ReaderFixture.press([.character("i"), .character("3"), .enter], &state),
            [.openImage("https://folio.example.org/thumb.png")])
    }

    func testTabFocusesLinksOnScreenAndEnterOpensTheFocusedOne() throws {
        var state = try ReaderFixture.state(width: 100, height: 40)
        ReaderFixture.select("field guide", &state)
        ReaderFixture.press([.enter, .tab], &state)
        let first = try XCTUnwrap(state.open?.focusedLink)
        XCTAssertEqual(first, 1)
        ReaderFixture.press([.tab], &state)
        XCTAssertEqual(state.open?.focusedLink, 2)
        ReaderFixture.press([.backTab], &state)
        XCTAssertEqual(state.open?.focusedLink, 1)
        XCTAssertEqual(
            ReaderFixture.press([.enter], &state), [.openURL("https://folio.example.org/docs/keys.html")])
    }

    func testLinkListPicksAndShowsURLs() throws {
        var state = try ReaderFixture.state()
        ReaderFixture.select("field guide", &state)
        ReaderFixture.press([.enter, .character("u"), .character("j"), .character("y")], &state)
        XCTAssertEqual(state.message?.text, "URL: https://folio.example.org/guides/changelog/")
        XCTAssertEqual(
            ReaderFixture.press([.enter], &state), [.openURL("https://folio.example.org/guides/changelog/")])
        XCTAssertNil(state.overlay)
    }

    func testListSearchFiltersAsYouTypeIgnoringCaseAndWidth() throws {
        var state = try ReaderFixture.state()
        ReaderFixture.press([.character("/")] + ReaderFixture.keys("ＭＡＲＫ"), &state)
        XCTAssertEqual(state.rows.count, 1)
        XCTAssertEqual(state.selectedArticle?.title, "Markdown features Folio renders")
        ReaderFixture.press([.escape], &state)
        XCTAssertEqual(state.rows.count, 7)
        ReaderFixture.press([.character("/")] + ReaderFixture.keys("交通") + [.enter], &state)
        XCTAssertEqual(state.rows.count, 1, "categories match too")
    }

    func testReaderSearchHighlightsAndJumpsWithNAndShiftN() throws {
        var state = try ReaderFixture.state(width: 60, height: 12)
        ReaderFixture.select("field guide", &state)
        ReaderFixture.press([.enter, .character("/")] + ReaderFixture.keys("LINK") + [.enter], &state)
        let search = try XCTUnwrap(state.search)
        XCTAssertGreaterThan(search.matches.count, 2)
        XCTAssertEqual(search.current, 0)
        ReaderFixture.press([.character("n")], &state)
        XCTAssertEqual(state.search?.current, 1)
        ReaderFixture.press([.character("N"), .character("N")], &state)
        XCTAssertEqual(state.search?.current, search.matches.count - 1)
        let line = search.matches[search.matches.count - 1].line
        XCTAssertTrue((state.open!.top..<(state.open!.top + 10)).contains(line))
        ReaderFixture.press([.escape], &state)
        XCTAssertNil(state.search)
    }

    func testToggleReadAndStarEmitSaveEffects() throws {
        var state = try ReaderFixture.state()
        let path = try XCTUnwrap(state.selectedArticle?.path)
        XCTAssertEqual(
            ReaderFixture.press([.character("s")], &state), [.saveMark(.starred(path: path, true))])
        XCTAssertEqual(ReaderFixture.press([.character("r")], &state), [.saveMark(.read(path: path, true))])
        XCTAssertEqual(ReaderFixture.press([.character("r")], &state), [.saveMark(.read(path: path, false))])
        XCTAssertTrue(state.marks.starred.contains(path))
    }

    func testNextUnreadSkipsReadArticles() throws {
        var state = try ReaderFixture.state()
        let second = state.articles[state.rows[1]].path
        state.addSavedMarks(Marks(read: [second]))
        ReaderFixture.press([.character("n")], &state)
        XCTAssertEqual(state.selected, 2)
        ReaderFixture.press([.character("p")], &state)
        XCTAssertEqual(state.selected, 0)
    }

    func testCategoryFilterSortAndThemeCycling() throws {
        var state = try ReaderFixture.state()
        state.themes = ["default", "dark"]
        ReaderFixture.press([.character("c")], &state)
        let choices = state.categoryChoices
        let guides = try XCTUnwrap(choices.firstIndex { $0.name == "Guides" })
        ReaderFixture.press(Array(repeating: .character("j"), count: guides) + [.enter], &state)
        XCTAssertEqual(state.filter, "Guides")
        XCTAssertEqual(state.rows.count, 2)
        ReaderFixture.press([.escape], &state)
        XCTAssertNil(state.filter)
        ReaderFixture.press([.character("o")], &state)
        XCTAssertEqual(state.sort, .title)
        ReaderFixture.press([.character("T")], &state)
        XCTAssertEqual(state.themeName, "dark")
    }

    func testResizeLaysOutAgainKeepingThePlace() throws {
        var state = try ReaderFixture.state(width: 100, height: 30)
        ReaderFixture.select("上海", &state)
        ReaderFixture.press([.enter, .character("j"), .character("j"), .character("j")], &state)
        let before = try XCTUnwrap(state.open)
        _ = state.handle(.resize(width: 40, height: 20))
        let after = try XCTUnwrap(state.open)
        XCTAssertEqual(after.rendered.document.width, 38)
        XCTAssertGreaterThan(after.rendered.document.lines.count, before.rendered.document.lines.count)
        XCTAssertGreaterThan(after.top, 0)
        _ = state.handle(.resize(width: 12, height: 4))
        XCTAssertTrue(state.isTooSmall)
        XCTAssertTrue(ScreenRenderer.render(state).snapshot.hasPrefix("Terminal too"))
    }

    func testQuitEffectsAndHelp() throws {
        var state = try ReaderFixture.state()
        ReaderFixture.press([.character("?")], &state)
        XCTAssertEqual(state.overlay, .help(top: 0))
        ReaderFixture.press([.escape], &state)
        XCTAssertNil(state.overlay)
        XCTAssertEqual(ReaderFixture.press([.character("q")], &state), [.quit])
    }

    func testCapitalQQuitsFromAnyWindowToo() throws {
        for opener in [Key.character("?"), .character("m"), .character("c")] {
            var state = try ReaderFixture.state()
            ReaderFixture.press([opener], &state)
            XCTAssertNotNil(state.overlay, "\(opener) opens a window")
            XCTAssertEqual(ReaderFixture.press([.character("Q")], &state), [.quit], "Q over \(opener)")
        }
    }

    func testConfigRebindsKeysAndReportsBadLines() {
        let config = ReaderConfig.parse(
            "# comment\nbind x quit\nbind nosuchkey down\nbind j nosuchcommand\ntheme dark\nbrowser w3m -o x %s\nbogus line\nimage-viewer \"unclosed",
            path: "/c")
        XCTAssertEqual(config.keymap.command(for: .character("x"), in: .list), .quit)
        XCTAssertEqual(config.theme, "dark")
        XCTAssertEqual(config.browser, "w3m -o x %s")
        XCTAssertEqual(
            config.problems,
            [
                "/c:3: unknown key 'nosuchkey'", "/c:4: unknown command 'nosuchcommand'",
                "/c:7: unknown setting 'bogus'",
                "/c:8: expected: image-viewer COMMAND (with balanced quotes)",
            ])
    }

    func testBrowserArgumentsKeepTheURLInOneArgument() throws {
        let url = "https://x.example/$(touch /tmp/pwned)`id`;rm -rf ~ 'q' \"d\""
        XCTAssertEqual(
            try CommandLineWords.arguments("firefox --new-tab", url: url), ["firefox", "--new-tab", url])
        XCTAssertEqual(
            try CommandLineWords.arguments("'my browser' -u %s --x", url: url),
            ["my browser", "-u", url, "--x"])
    }
}
