/// Resolves link references against a base URL (RFC 3986, section 5.2) and tells which
/// URLs can be opened.
enum URLResolver {
    /// Schemes a reader may open or show as numbered links.
    static let navigableSchemes: Set<String> = ["http", "https", "mailto", "ftp", "gopher", "gemini", "news"]

    /// The scheme of `url`, lowercased, if it has one: an ASCII letter, then letters, digits,
    /// `+`, `-` or `.`, up to the first colon.
    static func scheme(of url: String) -> String? {
        let utf8 = url.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), colon != utf8.startIndex,
            isASCIILetter(utf8[utf8.startIndex]),
            utf8[..<colon].allSatisfy({
                isASCIILetter($0) || isASCIIDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E
            })
        else { return nil }
        let count = utf8.distance(from: utf8.startIndex, to: colon)
        return String(unsafeUninitializedCapacity: count) { buffer in
            for (offset, byte) in utf8[..<colon].enumerated() {
                buffer[offset] = isASCIILetter(byte) ? byte | 0x20 : byte
            }
            return count
        }
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether a resolved URL deserves a number: a navigable scheme, or a relative reference
    /// that could not be resolved (shown as written). `javascript:`, `data:` and the like do not.
    static func isNavigable(_ url: String) -> Bool {
        guard let scheme = scheme(of: url) else { return !url.isEmpty && !url.hasPrefix("#") }
        return navigableSchemes.contains(scheme)
    }

    /// `reference` resolved against `base`; `reference` itself when it is absolute or there
    /// is no usable base (one with a scheme and an authority, like `https://host/...`).
    static func resolve(_ reference: String, against base: String?) -> String {
        let ref = reference.trimmingHTMLSpace()
        if scheme(of: ref) != nil { return ref }
        guard let base, let baseScheme = scheme(of: base) else { return ref }
        let b = Parts(base, skippingScheme: true)
        guard let authority = b.authority else { return ref }
        if ref.hasPrefix("//") { return baseScheme + ":" + ref }
        let r = Parts(ref, skippingScheme: false)
        var path = b.path
        var query = b.query
        if r.path.isEmpty {
            if r.query != nil { query = r.query }
        } else {
            if r.path.hasPrefix("/") {
                path = removeDotSegments(r.path)
            } else {
                let directory = b.path.lastIndex(of: "/").map { String(b.path[...$0]) } ?? "/"
                path = removeDotSegments(directory + r.path)
            }
            query = r.query
        }
        return baseScheme + "://" + authority + path + (query.map { "?" + $0 } ?? "")
            + (r.fragment.map { "#" + $0 } ?? "")
    }

    /// RFC 3986 section 5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (i, segment) in segments.enumerated() {
            let isLast = i == segments.count - 1
            if segment == "." {
                if isLast { output.append("") }
            } else if segment == ".." {
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            } else {
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return path.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined : joined
    }

    /// The parts of a URL or reference.
    private struct Parts {
        var authority: String?
        var path = ""
        var query: String?
        var fragment: String?

        init(_ url: String, skippingScheme: Bool) {
            var rest = Substring(url)
            if skippingScheme, let colon = rest.firstIndex(of: ":") {
                rest = rest[rest.index(after: colon)...]
            }
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: question)...])
                rest = rest[..<question]
            }
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let slash = rest.firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[..<slash])
                rest = rest[slash...]
            }
            path = String(rest)
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace (as HTML trims URLs).
    func trimmingHTMLSpace() -> String {
        let utf8 = self.utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == utf8.startIndex, utf8.index(after: last) == utf8.endIndex { return self }
        // ASCII whitespace bytes never sit inside a multi-byte scalar, so both ends are scalar boundaries.
        return String(self[first...last])
    }
}
