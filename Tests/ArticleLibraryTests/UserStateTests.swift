import ArticleLibrary
import Foundation
import XCTest

final class UserStateTests: XCTestCase {
    private let when = Date(timeIntervalSince1970: 1_764_100_000.75)

    func testAnEmptyStateAnswersDefaults() {
        let state = UserState()
        XCTAssertFalse(state.isRead("/a.md"))
        XCTAssertFalse(state.isStarred("/a.md"))
        XCTAssertNil(state.position(for: "/a.md"))
        XCTAssertEqual(state.count, 0)
    }

    func testTogglesFlipAndReturnTheValueTheySet() {
        var state = UserState()
        XCTAssertEqual(state.toggleRead("/a.md", date: when), .read("/a.md", true, date: when))
        XCTAssertTrue(state.isRead("/a.md"))
        XCTAssertEqual(state.toggleStarred("/a.md", date: when), .starred("/a.md", true, date: when))
        XCTAssertTrue(state.isStarred("/a.md"))
        XCTAssertEqual(state.toggleRead("/a.md", date: when), .read("/a.md", false, date: when))
        XCTAssertFalse(state.isRead("/a.md"))
        XCTAssertTrue(state.isStarred("/a.md"))
        XCTAssertFalse(state.isRead("/b.md"), "marks belong to one key only")
    }

    func testRecordsWithOnlyDefaultsAreDropped() {
        var state = UserState()
        state.setRead("/a.md", date: when)
        state.setStarred("/a.md", date: when)
        state.setRead("/a.md", false, date: when)
        XCTAssertEqual(state.count, 1)
        state.setStarred("/a.md", false, date: when)
        XCTAssertEqual(state.count, 0)
        XCTAssertNil(state["/a.md"])
        state.setRead("/never.md", false, date: when)
        XCTAssertEqual(state.count, 0, "setting a default on a new key adds nothing")
    }

    func testAPositionAtTheTopIsTheDefault() {
        var state = UserState()
        state.setPosition("/a.md", ReadingPosition(line: 0, width: 80, lineCount: 300), date: when)
        XCTAssertEqual(state.count, 0)
        let middle = ReadingPosition(line: 150, width: 80, lineCount: 300)
        state.setPosition("/a.md", middle, date: when)
        XCTAssertEqual(state.position(for: "/a.md"), middle)
        state.setPosition("/a.md", nil, date: when)
        XCTAssertEqual(state.count, 0)
    }

    func testUpdatedIsTheLastRealChangeToTheWholeSecond() {
        var state = UserState()
        state.setRead("/a.md", date: when)
        XCTAssertEqual(state["/a.md"]?.updated, Date(timeIntervalSince1970: 1_764_100_000))
        state.setRead("/a.md", date: when.addingTimeInterval(60))
        XCTAssertEqual(
            state["/a.md"]?.updated, Date(timeIntervalSince1970: 1_764_100_000),
            "setting the value already there changes nothing")
        state.setStarred("/a.md", date: when.addingTimeInterval(60))
        XCTAssertEqual(state["/a.md"]?.updated, Date(timeIntervalSince1970: 1_764_100_060))
    }

    func testChangesReplayedOntoAnotherStateSetTheirValues() {
        var mine = UserState()
        let changes = [
            mine.toggleRead("/a.md", date: when), mine.toggleStarred("/b.md", date: when),
            mine.setPosition("/c.md", ReadingPosition(line: 10, width: 72, fraction: 0.5), date: when),
        ]
        var theirs = UserState()
        theirs.setRead("/a.md", date: when)
        theirs.setRead("/z.md", date: when)
        theirs.apply(changes)
        XCTAssertTrue(theirs.isRead("/a.md"), "a toggle replays as the value it set, not as a flip")
        XCTAssertTrue(theirs.isStarred("/b.md"))
        XCTAssertEqual(theirs.position(for: "/c.md")?.line, 10)
        XCTAssertTrue(theirs.isRead("/z.md"))
        var replayed = UserState()
        replayed.apply(changes)
        XCTAssertEqual(replayed, mine)
    }

    func testForgetDropsEveryMark() {
        var state = UserState()
        state.setRead("/a.md", date: when)
        state.setStarred("/a.md", date: when)
        state.apply(.forget("/a.md", date: when))
        XCTAssertEqual(state, UserState())
    }

    func testInitializerLeavesOutDefaultRecords() {
        let state = UserState(records: [
            "/a.md": ArticleState(read: true, updated: when), "/b.md": ArticleState(updated: when),
        ])
        XCTAssertEqual(Array(state.records.keys), ["/a.md"])
    }

    func testPositionMapsBackAtTheSameAndOtherWidths() {
        let position = ReadingPosition(line: 250, width: 80, lineCount: 1000)
        XCTAssertEqual(position.fraction, 0.25)
        XCTAssertEqual(position.topLine(width: 80, lineCount: 1000), 250, "same width: the exact line")
        XCTAssertEqual(position.topLine(width: 40, lineCount: 2000), 500, "other width: same fraction")
        XCTAssertEqual(position.topLine(width: 80, lineCount: 100), 99, "clamped to the last line")
        XCTAssertEqual(position.topLine(width: 80, lineCount: 0), 0)
    }

    func testPositionValuesAreClampedAndRounded() {
        let odd = ReadingPosition(line: -5, width: -1, fraction: 1.5)
        XCTAssertEqual(odd, ReadingPosition(line: 0, width: 0, fraction: 1))
        XCTAssertEqual(ReadingPosition(line: 1, width: 80, fraction: .nan).fraction, 0)
        XCTAssertEqual(ReadingPosition(line: 1, width: 80, lineCount: 3).fraction, 0.333333)
    }

    func testArticleKeyResolvesLinksAndDots() throws {
        let folder = try SharedFixtures.temporaryFolder(self)
        let real = folder.appendingPathComponent("real.md")
        try Data("x".utf8).write(to: real)
        let link = folder.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
        let canonicalReal = ArticleKey.canonical(real.path)
        XCTAssertEqual(ArticleKey.canonical(link.path), canonicalReal)
        XCTAssertEqual(ArticleKey.canonical(folder.path + "/./sub/../real.md"), canonicalReal)
        XCTAssertTrue(canonicalReal.hasPrefix("/"))
        XCTAssertEqual(ArticleKey.canonical("/no/such/dir/../x.md"), "/no/such/x.md")
    }
}
