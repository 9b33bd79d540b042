import ArticleLibrary
import Foundation
import ReaderCore
import XCTest

/// Builds reader states over the bundled samples and drives them like the event loop does.
enum ReaderFixture {
    static let samples = SampleRenderingTests.samples.path

    static func library() throws -> Library {
        try Library.load(paths: [samples])
    }

    static func state(width: Int = 100, height: Int = 30) throws -> ReaderState {
        var state = ReaderState(libraryName: "samples", library: try library(), width: width, height: height)
        _ = state.handle(.resize(width: width, height: height))
        return state
    }

    /// Feeds keys, performing `loadArticle` effects from disk as the loop would; returns
    /// every other effect.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout ReaderState) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += run(state.handle(.key(key)), &state) }
        return effects
    }

    static func run(_ effects: [Effect], _ state: inout ReaderState) -> [Effect] {
        var rest: [Effect] = []
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if case .loadArticle(let path) = effect {
                switch ReaderServices.readFromDisk(path) {
                case .success(let parsed): queue += state.articleLoaded(parsed)
                case .failure(let warning): state.articleFailed(path: path, reason: warning.message)
                }
            } else {
                rest.append(effect)
            }
        }
        return rest
    }

    static func keys(_ text: String) -> [Key] {
        text.map { Key.character($0) }
    }

    /// Selects the article whose title contains `title` by searching the list.
    static func select(_ title: String, _ state: inout ReaderState) {
        press([.character("/")] + keys(title) + [.enter], &state)
    }
}
