/// Numbers links and images in document order; one URL keeps one number.
struct LinkRegistry {
    private(set) var links: [LinkTarget] = []
    private(set) var images: [ImageReference] = []
    private var linkNumbers: [String: Int] = [:]
    private var imageNumbers: [String: Int] = [:]

    /// The number of the link to `url`, creating it (with the text `text` gives, asked only
    /// then) on first sight.
    mutating func link(_ url: String, text: () -> String) -> Int {
        if let number = linkNumbers[url] { return number }
        let number = links.count + 1
        links.append(LinkTarget(number: number, url: url, text: text()))
        linkNumbers[url] = number
        return number
    }

    /// The number of the image at `url`, creating it on first sight.
    mutating func image(_ url: String, alt: String, link: Int?) -> Int {
        if let number = imageNumbers[url] { return number }
        let number = images.count + 1
        images.append(ImageReference(number: number, url: url, alt: alt, link: link))
        imageNumbers[url] = number
        return number
    }
}
