import HTMLParsing

/// Links, images and media placeholders.
extension LayoutBuilder {
    mutating func enterLink(_ id: NodeID) {
        guard let href = document.attribute("href", of: id), !href.trimmingHTMLSpace().hasPrefix("#") else {
            frames.append(.link(nil))
            return
        }
        let url = URLResolver.resolve(TerminalSafe.sanitize(href), against: base)
        guard URLResolver.isNavigable(url) else {
            frames.append(.link(nil))
            return
        }
        let document = document
        let number = registry.link(url) {
            TerminalSafe.sanitize(LayoutBuilder.collapsed(document.textContent(of: id)))
        }
        links.append(LinkFrame(number: number))
        pushStyle(.link)
        frames.append(.link(links.last))
    }

    mutating func exitLink(_ frame: LinkFrame?) {
        guard frame != nil, let link = links.popLast() else { return }
        popStyle()
        if link.hadText {
            verbatim("[\(link.number)]", style: .linkMarker, link: link.number)
        }
        // Text inside a link inside another link counts for the outer one too.
        if link.hadText, !links.isEmpty { links[links.count - 1].hadText = true }
    }

    mutating func image(_ id: NodeID) {
        let alt = TerminalSafe.sanitize(LayoutBuilder.collapsed(document.attribute("alt", of: id) ?? ""))
        let source = imageSource(id)
        let url = source.map { URLResolver.resolve(TerminalSafe.sanitize($0), against: base) }
        guard let url, URLResolver.isNavigable(url) else {
            if !alt.isEmpty { verbatim("[image: \(alt)]", style: .image) }
            return
        }
        let label = alt.isEmpty ? fileName(of: url) : alt
        let number = registry.image(url, alt: label, link: currentLink)
        verbatim(label.isEmpty ? "[image \(number)]" : "[image \(number): \(label)]", style: .image)
        if let link = currentLink {
            verbatim("[\(link)]", style: .linkMarker, link: link)
            links[links.count - 1].hadImage = true
        }
    }

    /// The image URL: `src`, unless it is empty or a `data:` placeholder and a lazy-loading
    /// attribute names the real one.
    private func imageSource(_ id: NodeID) -> String? {
        let src = document.attribute("src", of: id)?.trimmingHTMLSpace()
        if let src, !src.isEmpty, !src.lowercased().hasPrefix("data:") { return src }
        for name in ["data-src", "data-original", "data-actualsrc", "data-lazy-src"] {
            if let value = document.attribute(name, of: id)?.trimmingHTMLSpace(), !value.isEmpty {
                return value
            }
        }
        return src
    }

    mutating func media(_ id: NodeID, kind: String) {
        let label: String
        switch kind {
        case "iframe": label = "frame"
        case "embed", "object": label = "embedded"
        default: label = kind
        }
        let title = TerminalSafe.sanitize(LayoutBuilder.collapsed(document.attribute("title", of: id) ?? ""))
        let text = title.isEmpty ? "[\(label)]" : "[\(label): \(title)]"
        guard let source = mediaSource(id) else {
            verbatim(text, style: .image)
            return
        }
        let url = URLResolver.resolve(TerminalSafe.sanitize(source), against: base)
        guard URLResolver.isNavigable(url) else {
            verbatim(text, style: .image)
            return
        }
        let number = registry.link(url) { title.isEmpty ? label : title }
        verbatim(text, style: .image, link: number)
        verbatim("[\(number)]", style: .linkMarker, link: number)
    }

    private func mediaSource(_ id: NodeID) -> String? {
        for name in ["src", "data", "data-src"] {
            if let value = document.attribute(name, of: id)?.trimmingHTMLSpace(), !value.isEmpty {
                return value
            }
        }
        return document.children(of: id).lazy.compactMap { child in
            self.document[child].isHTML("source") ? self.document.attribute("src", of: child) : nil
        }.first
    }

    /// The last path component of a URL, without query or fragment.
    func fileName(of url: String) -> String {
        let utf8 = url.utf8
        if let first = utf8.first, first == UInt8(ascii: "?") || first == UInt8(ascii: "#") {
            // Splitting drops the empty part before the mark: what follows it counts as the path.
            let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
            let trimmed = path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? path
            return trimmed.split(separator: "/").last.map(String.init) ?? ""
        }
        let pathEnd =
            utf8.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) ?? utf8.endIndex
        var end = pathEnd
        while end != utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") {
            end = utf8.index(before: end)
        }
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
        return String(url[start..<end])
    }

    /// Text with HTML whitespace runs folded to one space, trimmed.
    static func collapsed(_ text: String) -> String {
        var previousWasSpace = true
        let isClean = text.utf8.allSatisfy { byte in
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
            defer { previousWasSpace = isSpace }
            return !isSpace || (byte == 0x20 && !previousWasSpace)
        }
        if isClean, text.utf8.last != 0x20 { return text }
        return text.split(whereSeparator: {
            $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}"
        })
        .joined(separator: " ")
    }
}
