/// Holding the tree to its depth bound once tree construction is done.
extension HTMLDocument {
    /// Moves elements up so that none has more than `maximumDepth` element ancestors (the
    /// `<html>` element has depth 0; text may sit one level below the deepest element).
    ///
    /// `TreeBuilder.place` keeps the elements it inserts within the bound, but the adoption
    /// agency moves subtrees under copies of formatting elements that are not on the stack of
    /// open elements, so the tree can still grow deeper. Here an element at the bound keeps its
    /// children up to its first element child; that child and every later sibling move, in
    /// order, to just after the element, where they are elements at the bound themselves and
    /// are treated the same way when the walk reaches them. Document order of every node is
    /// kept, and text the moves make adjacent is merged. A tree already within the bound is
    /// left exactly as it is.
    ///
    /// One walk along the links over the nodes down to the bound: each node is visited once and
    /// moved at most once, so the cost is O(nodes) with no allocation. `maximumDepth` must be at
    /// least 1, so that moved text always has an element for a parent.
    mutating func limitDepth(to maximumDepth: Int) {
        var depth = 0
        var next = nodes[root.index].firstChild
        while let current = next {
            switch nodes[current.index].kind {
            case .text:
                mergeFollowingText(into: current)
            case .element where depth >= maximumDepth:
                liftChildren(of: current)
            case .element, .document:
                if let child = nodes[current.index].firstChild {
                    next = child
                    depth += 1
                    continue
                }
            }
            next = following(current, depth: &depth)
        }
    }

    /// The node after `node`'s subtree in document order (nil at the end of the document);
    /// `depth` drops by one for each level climbed.
    private func following(_ node: NodeID, depth: inout Int) -> NodeID? {
        var current = node
        while true {
            if let sibling = nodes[current.index].nextSibling { return sibling }
            guard let parent = nodes[current.index].parent, parent != root else { return nil }
            current = parent
            depth -= 1
        }
    }

    /// Moves `element`'s first element child and every later sibling to just after `element`,
    /// keeping their order.
    private mutating func liftChildren(of element: NodeID) {
        var first = nodes[element.index].firstChild
        while let child = first, nodes[child.index].kind != .element {
            first = nodes[child.index].nextSibling
        }
        guard var moving = first, let parent = nodes[element.index].parent else { return }
        let reference = nodes[element.index].nextSibling
        while true {
            let after = nodes[moving.index].nextSibling
            detach(moving)
            insert(moving, into: parent, before: reference)
            guard let after else { return }
            moving = after
        }
    }

    /// Appends the text of the text nodes right after `text` to it and unlinks them.
    private mutating func mergeFollowingText(into text: NodeID) {
        while let next = nodes[text.index].nextSibling, nodes[next.index].kind == .text {
            let more = nodes[next.index].text
            nodes[next.index].text = ""
            nodes[text.index].text.append(more)
            detach(next)
        }
    }
}
