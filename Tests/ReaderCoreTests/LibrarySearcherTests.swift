import ArticleLibrary
import Foundation
import Synchronization
import XCTest

@testable import ReaderCore

/// The background search: catch-up progress, hits, and searches the user gave up on.
final class LibrarySearcherTests: XCTestCase {
    /// Collects reports until `done` says so (the work runs on another queue).
    private func reports(
        from searcher: LibrarySearcher, until done: ([LibrarySearcher.Report]) -> Bool
    ) -> [LibrarySearcher.Report] {
        var collected: [LibrarySearcher.Report] = []
        let deadline = Date().addingTimeInterval(10)
        while !done(collected), Date() < deadline {
            collected += searcher.takeReports()
            usleep(1_000)
        }
        return collected
    }

    func testAWantedSearchCatchesTheIndexUpThenFindsAndAnOldOneStops() throws {
        let gate = Mutex(false)
        let batches = Mutex(0)
        let service = LibrarySearchService(
            catchUp: { progress in
                for added in stride(from: 10, through: 30, by: 10) {
                    while !gate.withLock({ $0 }) { usleep(100) }
                    batches.withLock { $0 += 1 }
                    guard progress(added, 30) else { return }
                }
            },
            search: { query, _ in
                [
                    SearchHit(
                        article: Article(path: "/\(query.terms[0]).md", title: "hit"), rank: 0,
                        snippet: .init(text: ""))
                ]
            },
            pending: { 30 })
        let searcher = LibrarySearcher(service: service)
        searcher.start(id: 1, query: SearchQuery(terms: ["old"]), limit: 10)
        searcher.start(id: 2, query: SearchQuery(terms: ["new"]), limit: 10)
        XCTAssertTrue(searcher.isBusy)
        gate.withLock { $0 = true }
        let got = reports(from: searcher) { $0.contains { if case .found = $0 { true } else { false } } }
        var progress: [Int] = []
        var found: [String] = []
        for report in got {
            switch report {
            case .indexing(let id, let done, let total):
                XCTAssertEqual(id, 2)
                XCTAssertEqual(total, 30)
                progress.append(done)
            case .found(let id, let hits):
                XCTAssertEqual(id, 2)
                found += hits.map(\.article.path)
            case .failed(_, let reason):
                XCTFail(reason)
            }
        }
        XCTAssertEqual(progress, [10, 20, 30])
        XCTAssertEqual(found, ["/new.md"], "the search given up on reports nothing")
        // The old search may have begun before it was given up; it stops at its first batch.
        XCTAssertLessThanOrEqual(batches.withLock { $0 }, 4, "nor runs its catch-up to the end")
    }

    func testPrepareCatchesUpEvenALargeBacklogUnaskedAndGivesWayToASearch() throws {
        let added = Mutex(0)
        let gate = Mutex(false)
        let service = LibrarySearchService(
            catchUp: { progress in
                while added.withLock({ $0 }) < 100_000 {
                    while !gate.withLock({ $0 }) { usleep(100) }
                    let done = added.withLock { count -> Int in
                        count += 1_000
                        return count
                    }
                    guard progress(done, 100_000) else { return }
                }
            },
            search: { _, _ in [] },
            pending: { 100_000 - added.withLock { $0 } })
        let searcher = LibrarySearcher(service: service)
        searcher.prepare()
        gate.withLock { $0 = true }
        let deadline = Date().addingTimeInterval(10)
        while added.withLock({ $0 }) < 100_000, Date() < deadline { usleep(1_000) }
        XCTAssertEqual(added.withLock { $0 }, 100_000, "a backlog of any size is caught up unasked")
        XCTAssertTrue(searcher.takeReports().isEmpty, "catching up unasked reports nothing")

        added.withLock { $0 = 0 }
        gate.withLock { $0 = false }
        searcher.prepare()
        searcher.start(id: 1, query: SearchQuery(terms: ["x"]), limit: 10)
        gate.withLock { $0 = true }
        let got = reports(from: searcher) { $0.contains { if case .found = $0 { true } else { false } } }
        let indexing = got.compactMap { report -> Int? in
            if case .indexing(1, let done, _) = report { done } else { nil }
        }
        XCTAssertEqual(indexing.last, 100_000, "the search finishes the catch-up, showing progress")
    }

    func testAFarBehindIndexIsReadAroundThenCaughtUpInTheBackground() throws {
        let added = Mutex(0)
        let service = LibrarySearchService(
            catchUp: { progress in
                while added.withLock({ $0 }) < 100_000 {
                    let done = added.withLock { count -> Int in
                        count += 1_000
                        return count
                    }
                    guard progress(done, 100_000) else { return }
                }
            },
            search: { _, _ in
                XCTFail("the full-text index is not searched while far behind")
                return []
            },
            pending: { 100_000 - added.withLock { $0 } },
            scan: { query, _ in
                [
                    SearchHit(
                        article: Article(path: "/\(query.terms[0]).md", title: "hit"), rank: 0,
                        snippet: .init(text: ""))
                ]
            })
        let searcher = LibrarySearcher(service: service)
        searcher.start(id: 3, query: SearchQuery(terms: ["x"]), limit: 10)
        let got = reports(from: searcher) { !$0.isEmpty }
        guard case .found(3, let hits)? = got.first else { return XCTFail("\(got)") }
        XCTAssertEqual(hits.map(\.article.path), ["/x.md"])
        let deadline = Date().addingTimeInterval(10)
        while added.withLock({ $0 }) < 100_000, Date() < deadline { usleep(1_000) }
        XCTAssertEqual(added.withLock { $0 }, 100_000, "the catch-up goes on after the search")
        XCTAssertTrue(searcher.takeReports().isEmpty, "and reports nothing")
    }

    func testFailuresAreReported() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "disk I/O error" } }
        let service = LibrarySearchService(
            catchUp: { _ in }, search: { _, _ in throw Broken() }, pending: { 0 })
        let searcher = LibrarySearcher(service: service)
        searcher.start(id: 7, query: SearchQuery(terms: ["x"]), limit: 10)
        let got = reports(from: searcher) { !$0.isEmpty }
        guard case .failed(7, let reason)? = got.first else { return XCTFail("\(got)") }
        XCTAssertEqual(reason, "disk I/O error")
    }
}
