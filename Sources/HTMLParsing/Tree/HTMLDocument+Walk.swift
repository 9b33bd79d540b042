/// Visiting a subtree without recursion.
extension HTMLDocument {
    /// Walks the subtree at `node` (the whole document by default) depth first, calling
    /// `visit` for each event; its result can skip an element's children or stop the walk.
    public func walk(from node: NodeID? = nil, _ visit: (WalkEvent) throws -> WalkAction) rethrows {
        var walker = TreeWalker(document: self, from: node ?? root)
        while let event = walker.next() {
            switch try visit(event) {
            case .proceed:
                continue
            case .skipChildren:
                walker.skipChildren()
            case .stop:
                return
            }
        }
    }

    /// A depth-first iterator over the subtree at `node` (the whole document by default).
    public func events(from node: NodeID? = nil) -> TreeWalker {
        TreeWalker(document: self, from: node ?? root)
    }
}
