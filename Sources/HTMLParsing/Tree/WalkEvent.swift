/// One step of a depth-first walk over an `HTMLDocument`.
public enum WalkEvent: Equatable, Sendable {
    /// Entering an element (or the document node) before its children.
    case enter(NodeID)
    /// Leaving an element (or the document node) after its children.
    case exit(NodeID)
    /// A text node.
    case text(NodeID)
}

/// What a walk should do after an event.
public enum WalkAction: Sendable {
    /// Go on normally.
    case proceed
    /// After an `.enter`, skip the element's children (its `.exit` still comes).
    case skipChildren
    /// End the walk.
    case stop
}
