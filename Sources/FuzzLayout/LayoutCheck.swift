import FuzzSupport
import TextLayout

/// Lays out the input as HTML at a width its first byte picks (10 to 200) and checks the lines.
///
/// Invariants: no line is wider than the width; no span text, link or image holds a control
/// character (line ends and tabs included), DEL, a C1 control or a bidi control; links and
/// images are numbered 1…n in order; every span's link is one of them; every link marker reads
/// `[N]` for its own link N (a marker cut across lines reads as part of `[N]`); an image's link
/// is one of the links.
enum LayoutCheck {
    /// Runs the check over one input.
    static func run(_ input: [UInt8]) {
        let width = 10 + Int(input.first ?? 0) % 191
        let html = String(decoding: input.dropFirst(), as: UTF8.self)
        let document = ArticleLayout.layout(html: html, width: width)
        checkNumbering(document)
        for (index, line) in document.lines.enumerated() {
            Invariant.require(
                line.width <= width, "line \(index) is \(line.width) columns wide at width \(width)")
            for span in line.spans {
                check(span, in: document, line: index)
            }
        }
    }

    /// Checks that links and images are numbered 1…n and carry clean text.
    static func checkNumbering(_ document: LaidOutDocument) {
        for (index, link) in document.links.enumerated() {
            Invariant.require(link.number == index + 1, "link \(index) is numbered \(link.number)")
            requireClean(link.url, "link URL")
            requireClean(link.text, "link text")
        }
        for (index, image) in document.images.enumerated() {
            Invariant.require(image.number == index + 1, "image \(index) is numbered \(image.number)")
            requireClean(image.url, "image URL")
            requireClean(image.alt, "image alt")
            if let link = image.link {
                Invariant.require(
                    (1...document.links.count).contains(link), "image \(image.number) names link \(link)")
            }
        }
    }

    /// Checks one span of line `line`.
    static func check(_ span: StyledSpan, in document: LaidOutDocument, line: Int) {
        requireClean(span.text, "span on line \(line)")
        if let link = span.link {
            Invariant.require(
                (1...max(document.links.count, 1)).contains(link) && !document.links.isEmpty,
                "span on line \(line) names link \(link) of \(document.links.count)")
        }
        guard span.style.contains(.linkMarker) else { return }
        guard let link = span.link else {
            Invariant.require(false, "link marker '\(span.text)' on line \(line) without a link")
            return
        }
        let marker = "[\(link)]"
        let repeated = String(repeating: marker, count: span.text.count / marker.count + 2)
        Invariant.require(
            repeated.contains(span.text), "link marker '\(span.text)' on line \(line) for link \(link)")
    }

    /// Requires `text` to be free of terminal controls.
    static func requireClean(_ text: String, _ what: String) {
        if let scalar = Invariant.firstTerminalControl(in: text) {
            Invariant.require(
                false,
                "U+\(String(scalar.value, radix: 16, uppercase: true)) in \(what): \(Invariant.codes(text))")
        }
    }
}
