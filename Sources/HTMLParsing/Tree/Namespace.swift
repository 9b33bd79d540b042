/// The namespace of an element: HTML, or one of the two foreign vocabularies HTML embeds.
public enum Namespace: UInt8, Sendable {
    /// The HTML namespace.
    case html
    /// The SVG namespace.
    case svg
    /// The MathML namespace.
    case mathml
}
