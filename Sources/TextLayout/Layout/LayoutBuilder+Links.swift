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
        let text = TerminalSafe.sanitize(collapsed(document.textContent(of: id)))
        let number = registry.link(url, text: text)
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
        let alt = TerminalSafe.sanitize(collapsed(document.attribute("alt", of: id) ?? ""))
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
        let title = TerminalSafe.sanitize(collapsed(document.attribute("title", of: id) ?? ""))
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
        let number = registry.link(url, text: title.isEmpty ? label : title)
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
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        let trimmed = path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? path
        return trimmed.split(separator: "/").last.map(String.init) ?? ""
    }

    /// Text with HTML whitespace runs folded to one space, trimmed.
    func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" })
            .joined(separator: " ")
    }
}
