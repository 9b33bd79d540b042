/// A position where a line may or must end (UAX #14).
public struct LineBreakOpportunity: Hashable, Sendable {
    /// Whether the break is required or only permitted.
    public enum Kind: Hashable, Sendable {
        /// A break is permitted here.
        case allowed
        /// A break is required here: after a hard line break, and at the end of the text.
        case mandatory
    }

    /// Offset in scalars: the break falls before the scalar at this offset.
    ///
    /// Never 0; the end of the text (offset == count) is a mandatory break.
    public var offset: Int
    /// Whether the break is required or only permitted.
    public var kind: Kind

    /// Creates an opportunity before the scalar at `offset`.
    public init(offset: Int, kind: Kind) {
        self.offset = offset
        self.kind = kind
    }
}
