import ReaderCore
import XCTest

/// Inputs found by `scripts/fuzz` (FuzzTheme), kept as regression tests.
final class FuzzRegressionTests: XCTestCase {
    /// A theme file with CR LF line ends reads like the same file with LF line ends: each line
    /// is its own role, and problems name the right line.
    func testThemeWithCRLFLineEndsParsesLineByLine() {
        let lf = "text default default\nlink blue - bold underline # c\n\tbad\nx 300 color7 dim\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let (lfTheme, lfProblems) = ThemeParser.parse(lf, name: "t")
        let (crlfTheme, crlfProblems) = ThemeParser.parse(crlf, name: "t")
        XCTAssertEqual(Set(crlfTheme.styles.keys), ["text", "link"])
        XCTAssertEqual(crlfTheme.styles, lfTheme.styles)
        XCTAssertEqual(crlfProblems.map(\.line), [3, 4])
        XCTAssertEqual(crlfProblems, lfProblems)
    }
}
