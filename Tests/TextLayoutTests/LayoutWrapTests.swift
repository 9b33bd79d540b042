import TextLayout
import XCTest

final class LayoutWrapTests: XCTestCase {
    func testChineseNeverStartsALineWithClosingPunctuationNorEndsWithOpening() {
        let text = "早在去年就有消息称，阿里巴巴旗下淘宝沟通应用阿里旺旺（旺信）已无法使用。“杀去南极洲，去人家家里打架。”他说：「好。」"
        for width in 10...40 {
            let lines = layoutText("<p>\(text)</p>", width: width)
            XCTAssertEqual(lines.joined(), text, "width \(width)")
            for line in lines {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, line)
                if let first = line.first {
                    XCTAssertFalse("，。、；：？！）」』】〉》”".contains(first), "width \(width): \(line)")
                }
                if let last = line.last {
                    XCTAssertFalse("（「『【〈《“".contains(last), "width \(width): \(line)")
                }
            }
        }
    }

    func testJapaneseSmallKanaProlongedSoundAndIterationMarkNeverStartALine() {
        let text = "ちょっとした散歩でサーキュレーターを使い、人々々がっかりしたー"
        for width in 10...30 {
            for line in layoutText("<p>\(text)</p>", width: width).dropFirst() {
                if let first = line.first {
                    XCTAssertFalse("ょっャーぁぃぅぇぉ々ゃゅ".contains(first), "width \(width): \(line)")
                }
            }
        }
    }

    func testLatinWordsAndNumbersAreNotSplitButOverlongWordsAreCut() {
        XCTAssertEqual(
            layoutText("<p>alpha beta 1234567 gamma</p>", width: 12), ["alpha beta", "1234567", "gamma"])
        XCTAssertEqual(
            layoutText("<p>see https://example.org/averyveryverylongpathwithoutbreaks ok</p>", width: 16),
            ["see https://", "example.org/", "averyveryverylon", "gpathwithoutbrea", "ks ok"])
    }

    func testMixedScriptsAndEmojiFitExactly() {
        let html = "<p>Folio 阅读器 supports 日本語 and emoji 👨‍👩‍👧 👍🏽 🇯🇵 everywhere, 中文标点也正确。</p>"
        for width in 10...60 {
            let document = ArticleLayout.layout(html: html, width: width)
            assertFits(document)
            XCTAssertEqual(
                document.lines.map(\.text).joined(separator: " ").replacingOccurrences(of: " ", with: ""),
                "Folio阅读器supports日本語andemoji👨‍👩‍👧👍🏽🇯🇵everywhere,中文标点也正确。")
        }
    }

    func testNoBreakSpaceDoesNotBreak() {
        XCTAssertEqual(layoutText("<p>aaaaa 5&nbsp;000 bbbb</p>", width: 10), ["aaaaa", "5\u{A0}000 bbbb"])
    }

    func testZeroWidthAndCombiningCharactersAreKeptAndMeasured() {
        let lines = layoutText("<p>e\u{301}e\u{301}e\u{301}e\u{301} zero\u{200B}width</p>", width: 10)
        XCTAssertEqual(lines, ["e\u{301}e\u{301}e\u{301}e\u{301} zero\u{200B}", "width"])
    }
}
