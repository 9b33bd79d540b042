/// A non-recursive depth-first iterator over a subtree, yielding enter, exit and text events.
///
/// It follows the parent and sibling links, so its memory use does not grow with depth.
public struct TreeWalker: IteratorProtocol, Sequence {
    private let document: HTMLDocument
    private let start: NodeID
    private var pending: WalkEvent?
    private var last: WalkEvent?

    /// Creates a walker over the subtree rooted at `start` (inclusive).
    public init(document: HTMLDocument, from start: NodeID) {
        self.document = document
        self.start = start
        pending = document.nodes[start.index].kind == .text ? .text(start) : .enter(start)
    }

    /// The next event, or nil when the subtree is done.
    public mutating func next() -> WalkEvent? {
        guard let event = pending else { return nil }
        last = event
        pending = successor(of: event)
        return event
    }

    /// Skips the children of the element whose `.enter` was just returned; its `.exit` follows.
    public mutating func skipChildren() {
        guard case .enter(let id)? = last else { return }
        pending = .exit(id)
    }

    private func successor(of event: WalkEvent) -> WalkEvent? {
        switch event {
        case .enter(let id):
            if let child = document.nodes[id.index].firstChild {
                return self.event(entering: child)
            }
            return .exit(id)
        case .text(let id), .exit(let id):
            if id == start { return nil }
            if let next = document.nodes[id.index].nextSibling {
                return self.event(entering: next)
            }
            guard let parent = document.nodes[id.index].parent else { return nil }
            return .exit(parent)
        }
    }

    private func event(entering node: NodeID) -> WalkEvent {
        document.nodes[node.index].kind == .text ? .text(node) : .enter(node)
    }
}
