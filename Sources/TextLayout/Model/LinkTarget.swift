/// A numbered link of a laid-out document.
public struct LinkTarget: Hashable, Sendable {
    /// The number shown as `[N]`, from 1, in document order.
    public var number: Int
    /// The URL, resolved against the document's base when it was relative.
    public var url: String
    /// The link's text (the first occurrence's), one line.
    public var text: String

    /// Creates a link.
    public init(number: Int, url: String, text: String) {
        self.number = number
        self.url = url
        self.text = text
    }
}

/// A numbered image or media placeholder of a laid-out document.
public struct ImageReference: Hashable, Sendable {
    /// The number shown as `[image N]`, from 1, in document order.
    public var number: Int
    /// The image URL, resolved.
    public var url: String
    /// The alternative text (or the file name when the alt was empty).
    public var alt: String
    /// The number of the link wrapping the image, if any.
    public var link: Int?

    /// Creates an image reference.
    public init(number: Int, url: String, alt: String, link: Int? = nil) {
        self.number = number
        self.url = url
        self.alt = alt
        self.link = link
    }
}
