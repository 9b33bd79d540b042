import ArticleLibrary
import Dispatch
import Synchronization

/// Reads, converts and lays out articles on a background queue, so a large or slow article
/// (Markdown conversion is bounded to about a second) never holds up key handling.
final class ArticleLoader: Sendable {
    /// A finished load.
    enum Result: Sendable {
        /// The article, ready at the width it was asked for.
        case loaded(ArticleParser.Parsed, ArticleBody, RenderedArticle)
        /// The file could not be read.
        case failed(path: String, LibraryWarning)
    }

    private let finished = Mutex<[Result]>([])
    private let inFlight = Mutex(0)
    private let read: @Sendable (String) -> Swift.Result<ArticleParser.Parsed, LibraryWarning>

    init(read: @escaping @Sendable (String) -> Swift.Result<ArticleParser.Parsed, LibraryWarning>) {
        self.read = read
    }

    /// Whether a load is running.
    var isBusy: Bool { inFlight.withLock { $0 > 0 } }

    /// Starts loading `path` laid out at `width`.
    func start(_ path: String, width: Int) {
        inFlight.withLock { $0 += 1 }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result: Result
            switch read(path) {
            case .success(let parsed):
                let body = ArticleBody.make(parsed)
                result = .loaded(parsed, body, RenderedArticle.render(parsed, width: width, body: body))
            case .failure(let warning):
                result = .failed(path: path, warning)
            }
            finished.withLock { $0.append(result) }
            inFlight.withLock { $0 -= 1 }
        }
    }

    /// The loads finished since the last call.
    func takeFinished() -> [Result] {
        finished.withLock { results in
            defer { results.removeAll() }
            return results
        }
    }
}
