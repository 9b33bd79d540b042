import FuzzSupport
import HTMLParsing

/// Parses the input as a document and checks the shape of the tree.
///
/// Invariants: a walk from the root visits every reachable node exactly once and ends; parent,
/// child and sibling links agree; text nodes are
/// non-empty, have no children, never sit next to another text node and hold no U+0000; U+000D
/// appears no more often than `&#` (only a numeric character reference can make one); no element
/// is deeper than `HTMLDocument.defaultMaximumDepth` (the walk counts the document and the
/// element itself too, hence the bound plus 2).
enum TreeBuilderCheck {
    /// The deepest `.enter` the walk may reach: the document, then elements at depth 0 to the bound.
    static let depthBound = HTMLDocument.defaultMaximumDepth + 2

    /// Runs the check over one input.
    static func run(_ input: [UInt8]) {
        let document = HTMLDocument.parse(bytes: input)
        var visited = [Bool](repeating: false, count: document.nodes.count)
        var depth = 0
        var events = 0
        var carriageReturns = 0
        for event in document.events() {
            events += 1
            Invariant.require(events <= 2 * document.nodes.count, "the walk does not end")
            switch event {
            case .enter(let id):
                visit(id, in: document, visited: &visited)
                depth += 1
                Invariant.require(
                    depth <= depthBound, "an element at walk depth \(depth), past \(depthBound)")
            case .exit:
                depth -= 1
            case .text(let id):
                visit(id, in: document, visited: &visited)
                checkText(document[id])
                carriageReturns += Invariant.count(of: "\r", in: document[id].text)
            }
        }
        Invariant.require(depth == 0, "the walk ended \(depth) levels deep")
        let references = Invariant.numericReferenceCount(input)
        Invariant.require(
            carriageReturns <= references, "\(carriageReturns) U+000D in text from \(references) references")
    }

    /// Marks `id` visited (it must not be already) and checks its links to its children.
    static func visit(_ id: NodeID, in document: HTMLDocument, visited: inout [Bool]) {
        Invariant.require(!visited[id.index], "node \(id.index) visited twice")
        visited[id.index] = true
        let node = document[id]
        var previous: NodeID?
        var previousIsText = false
        var child = node.firstChild
        while let current = child {
            let childNode = document[current]
            Invariant.require(childNode.parent == id, "child \(current.index) names another parent")
            Invariant.require(childNode.previousSibling == previous, "broken previous sibling link")
            let isText = childNode.kind == .text
            Invariant.require(!(isText && previousIsText), "adjacent text nodes under \(id.index)")
            previousIsText = isText
            previous = current
            child = childNode.nextSibling
        }
        Invariant.require(node.lastChild == previous, "lastChild of \(id.index) is not its last child")
    }

    /// Checks one text node.
    static func checkText(_ node: Node) {
        Invariant.require(!node.text.isEmpty, "empty text node")
        Invariant.require(node.firstChild == nil, "a text node with children")
        Invariant.require(
            !node.text.unicodeScalars.contains("\0"), "U+0000 in a text node: \(Invariant.codes(node.text))")
    }
}
