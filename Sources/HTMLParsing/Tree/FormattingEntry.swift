/// An entry of the list of active formatting elements.
enum FormattingEntry {
    /// A scope marker, pushed for applet, object, marquee, template, td, th and caption.
    case marker
    /// A formatting element and the start tag that created it, for recreating it.
    case element(NodeID, Tag)

    /// The element, or nil for a marker.
    var element: NodeID? {
        if case .element(let id, _) = self { return id }
        return nil
    }
}
