/// A run of text with one style, as laid out on a line.
public struct StyledSpan: Hashable, Sendable {
    /// The characters; never contains a line break or a control character.
    public var text: String
    /// The roles the text plays.
    public var style: SpanStyle
    /// The number of the link this text belongs to (its text or its marker), if any.
    public var link: Int?

    /// Creates a span.
    public init(_ text: String, style: SpanStyle = [], link: Int? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}
