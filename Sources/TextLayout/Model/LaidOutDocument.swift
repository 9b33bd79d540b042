/// An article body laid out for one width: lines, and the links and images they refer to.
public struct LaidOutDocument: Hashable, Sendable {
    /// The width the lines were laid out for.
    public var width: Int
    /// The lines, top to bottom.
    public var lines: [StyledLine]
    /// The numbered links, by number (index 0 is link 1).
    public var links: [LinkTarget]
    /// The numbered images, by number.
    public var images: [ImageReference]

    /// Creates a laid-out document.
    public init(width: Int, lines: [StyledLine] = [], links: [LinkTarget] = [], images: [ImageReference] = [])
    {
        self.width = width
        self.lines = lines
        self.links = links
        self.images = images
    }

    /// The link with number `n`, if any.
    public func link(_ n: Int) -> LinkTarget? {
        n >= 1 && n <= links.count ? links[n - 1] : nil
    }

    /// The image with number `n`, if any.
    public func image(_ n: Int) -> ImageReference? {
        n >= 1 && n <= images.count ? images[n - 1] : nil
    }
}
