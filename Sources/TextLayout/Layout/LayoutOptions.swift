/// What a layout needs besides the document and the width.
public struct LayoutOptions: Hashable, Sendable {
    /// The article's own URL, against which relative links resolve when the document has no
    /// `<base href>`.
    public var documentURL: String?

    /// Creates options.
    public init(documentURL: String? = nil) {
        self.documentURL = documentURL
    }
}
