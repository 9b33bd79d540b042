import TextLayout

/// Following links and images by number, by focus and from the link list.
extension ReaderState {
    /// Digits then Enter open link N (after `i`, image N); nil when the key is not part of it.
    mutating func handleNumberInput(_ key: Key) -> [Effect]? {
        guard let digits = pendingNumber else { return nil }
        switch key {
        case .character(let c) where c.isNumber && c.isASCII:
            pendingNumber = digits + String(c)
            return []
        case .backspace:
            pendingNumber = digits.isEmpty ? nil : String(digits.dropLast())
            return []
        case .enter:
            pendingNumber = nil
            let image = pendingImage
            pendingImage = false
            guard let n = Int(digits) else { return [] }
            return image ? openImage(n) : openLink(n)
        default:
            pendingNumber = nil
            pendingImage = false
            return key == .escape ? [] : nil
        }
    }

    /// What the status line shows while a number is typed.
    public var pendingDescription: String? {
        guard let digits = pendingNumber else { return nil }
        let kind = pendingImage ? "image" : "link"
        guard let n = Int(digits), let document = open?.rendered.document else {
            return "open \(kind): \(digits)"
        }
        let url = pendingImage ? document.image(n)?.url : document.link(n)?.url
        return "open \(kind) \(n): " + (url ?? "(no such \(kind))")
    }

    mutating func openLink(_ n: Int) -> [Effect] {
        guard let link = open?.rendered.document.link(n) else {
            message = ("no link \(n)", true)
            return []
        }
        return opening(link.url, image: false)
    }

    mutating func openImage(_ n: Int) -> [Effect] {
        guard let image = open?.rendered.document.image(n) else {
            message = ("no image \(n)", true)
            return []
        }
        return opening(image.url, image: true)
    }

    /// Only http, https and mailto URLs are handed to a program.
    private mutating func opening(_ url: String, image: Bool) -> [Effect] {
        let scheme = url.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        guard url.contains(":"), ["http", "https", "mailto"].contains(scheme) else {
            message = ("not opening \(url): only http, https and mailto links open", true)
            return []
        }
        message = ("opening \(url)", false)
        return [image ? .openImage(url) : .openURL(url)]
    }

    /// The link numbers on the lines now on screen, in reading order.
    var visibleLinks: [Int] {
        guard let open else { return [] }
        let lines = open.rendered.document.lines
        var numbers: [Int] = []
        for line in lines[min(open.top, lines.count)..<min(lines.count, open.top + readerHeight)] {
            for span in line.spans { if let n = span.link, !numbers.contains(n) { numbers.append(n) } }
        }
        return numbers
    }

    mutating func focusLink(forward: Bool) -> [Effect] {
        guard var article = open else { return [] }
        let links = visibleLinks
        guard !links.isEmpty else {
            if forward {
                focus = .list
                fullReader = false
            }
            return []
        }
        if let current = article.focusedLink, let index = links.firstIndex(of: current) {
            let next = index + (forward ? 1 : -1)
            if next >= links.count, forward {
                article.focusedLink = nil
                open = article
                focus = .list
                fullReader = false
                return []
            }
            article.focusedLink = links[(next + links.count) % links.count]
        } else {
            article.focusedLink = forward ? links.first : links.last
        }
        open = article
        if let n = article.focusedLink, let link = article.rendered.document.link(n) {
            message = ("[\(n)] \(link.url)", false)
        }
        return []
    }
}
