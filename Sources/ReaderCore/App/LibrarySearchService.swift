import ArticleLibrary
import Foundation

/// The library's full-text search as the reader uses it: called on a background queue, each
/// call on its own index connection.
public struct LibrarySearchService: Sendable {
    /// Adds to the full-text index what it lacks; `progress` receives (added, total) after each
    /// batch and returns false to stop early (what was added stays).
    public var catchUp: @Sendable (_ progress: @escaping (Int, Int) -> Bool) throws -> Void
    /// The hits for a query, best first, at most the given number.
    public var search: @Sendable (SearchQuery, Int) throws -> [SearchHit]
    /// How many articles the full-text index lacks.
    public var pending: @Sendable () throws -> Int
    /// The hits for a query found by reading every article's stored text instead of the
    /// full-text index: complete while the index is far behind (a second or two at 100,000
    /// articles, where catching the index up first takes minutes). Nil: always catch up first.
    public var scan: (@Sendable (SearchQuery, Int) throws -> [SearchHit])?
    /// Makes a running catch-up stop after the row it is adding (for quitting); later ones stop
    /// at once.
    public var stop: @Sendable () -> Void = {}

    /// Creates a service from its steps.
    public init(
        catchUp: @escaping @Sendable (_ progress: @escaping (Int, Int) -> Bool) throws -> Void,
        search: @escaping @Sendable (SearchQuery, Int) throws -> [SearchHit],
        pending: @escaping @Sendable () throws -> Int,
        scan: (@Sendable (SearchQuery, Int) throws -> [SearchHit])? = nil
    ) {
        self.catchUp = catchUp
        self.search = search
        self.pending = pending
        self.scan = scan
    }

    /// Search through the standard index (`LibraryIndex.standard`) of the library under `paths`.
    public static func index(environment: [String: String], paths: [String]) -> LibrarySearchService {
        let stopped = StopFlag()
        var service = LibrarySearchService(
            catchUp: { progress in
                try LibraryIndex.standard(environment: environment).updateSearchIndex(
                    progress: progress, isStopped: stopped.isSet)
            },
            search: { query, limit in
                try LibraryIndex.standard(environment: environment).search(query, paths: paths, limit: limit)
            },
            pending: { try LibraryIndex.standard(environment: environment).pendingSearchCount() },
            scan: { query, limit in
                try LibraryIndex.standard(environment: environment).search(
                    query, paths: paths, limit: limit, readingText: true)
            })
        service.stop = stopped.set
        return service
    }
}
