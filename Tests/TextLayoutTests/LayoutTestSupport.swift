import HTMLParsing
import TextLayout
import XCTest

/// Lays out HTML and returns lines as dumps, for compact assertions.
func layoutLines(_ html: String, width: Int, documentURL: String? = nil) -> [String] {
    ArticleLayout.layout(html: html, width: width, options: LayoutOptions(documentURL: documentURL)).lines
        .map(\.dump)
}

/// Lays out HTML and returns the plain text of each line.
func layoutText(_ html: String, width: Int) -> [String] {
    ArticleLayout.layout(html: html, width: width).lines.map(\.text)
}

/// Asserts no line of `document` is wider than its width.
func assertFits(_ document: LaidOutDocument, file: StaticString = #filePath, line: UInt = #line) {
    for (index, styled) in document.lines.enumerated() where styled.width > document.width {
        XCTFail(
            "line \(index) is \(styled.width) columns at width \(document.width): \(styled.text)", file: file,
            line: line)
    }
}
