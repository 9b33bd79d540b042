import XCTest

@testable import TextLayout

/// The CJK tailoring on real Chinese and Japanese sentences, and the plain algorithm.
final class LineBreakTailoringTests: XCTestCase {
    private static let mustNotStartLine = Set(
        "，。、；：？！）」』】〉》〕］｝…‥ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲ・’”"
    )
    private static let mustNotEndLine = Set("（「『【〈《〔［｛“‘")

    private static let sentences = [
        "中国的首都是北京。他说：“你好！”然后离开了（很快）。",
        "据新华社报道，2023年全国粮食总产量达到13908亿斤，比上年增加177.6亿斤，增长1.3%。",
        "《人民日报》发表评论员文章——《坚持以人民为中心》……读者反响热烈！",
        "苹果公司发布了iPhone 15，售价5999元，“性价比”如何？",
        "「ちょっと待って」と彼女は言った。コーヒーを飲みながら、東京の天気予報を見ていた。",
        "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。",
        "ヴァイオリンの練習は毎日々々続けるべきだ……『継続は力なり』と先生が言う。",
        "彼は“It’s fine”と言った。",
    ]

    /// The text split at every allowed break (the final mandatory break is not shown).
    private func segments(_ text: String, _ tailoring: LineBreakTailoring = .cjk) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var start = 0
        for opportunity in LineBreaker(tailoring: tailoring).opportunities(in: scalars) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<opportunity.offset])
            result.append(String(view))
            start = opportunity.offset
        }
        return result
    }

    func testNoLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        for sentence in Self.sentences {
            let parts = segments(sentence)
            XCTAssertEqual(parts.joined(), sentence)
            XCTAssertGreaterThan(parts.count, sentence.count / 3, "Han and kana break: \(parts)")
            for part in parts {
                let first = part.unicodeScalars.first.map(Character.init)
                let last = part.unicodeScalars.last.map(Character.init)
                XCTAssertFalse(
                    first.map(Self.mustNotStartLine.contains) ?? false, "starts: \(part) in \(parts)")
                XCTAssertFalse(last.map(Self.mustNotEndLine.contains) ?? false, "ends: \(part) in \(parts)")
            }
        }
    }

    func testChineseQuotationMarksExactly() {
        XCTAssertEqual(segments("他说“你好”。"), ["他", "说", "“你", "好”。"])
        // Untailored UAX #14: quotation marks glue to both sides.
        XCTAssertEqual(segments("他说“你好”。", .none), ["他", "说“你", "好”。"])
        XCTAssertEqual(segments("（注）见下文"), ["（注）", "见", "下", "文"])
        XCTAssertEqual(segments("大约…结束"), ["大", "约…", "结", "束"])
    }

    func testClosingPunctuationAfterASpaceStaysOnTheLine() {
        XCTAssertEqual(segments("你好 ，世界 。50 %"), ["你", "好 ，", "世", "界 。", "50 %"])
        XCTAssertEqual(segments("wait … what ?"), ["wait … ", "what ?"])
        // UAX #14 alone keeps CL, EX and IS after a space (LB13) but not IN, NS or PO.
        XCTAssertEqual(segments("wait … what ?", .none), ["wait ", "… ", "what ?"])
        XCTAssertEqual(segments("50 % ー", .none), ["50 ", "% ", "ー"])
    }

    func testFrenchGuillemetsKeepTheirInnerSpaces() {
        let text = "Il a dit « bonjour » et puis"
        XCTAssertEqual(segments(text), ["Il ", "a ", "dit ", "« bonjour » ", "et ", "puis"])
        XCTAssertEqual(segments(text, .none), ["Il ", "a ", "dit ", "« ", "bonjour ", "» ", "et ", "puis"])
        XCTAssertEqual(segments("« Oui »"), ["« Oui »"])
    }

    func testJapaneseSmallKanaProlongedSoundAndIterationMark() {
        XCTAssertEqual(segments("ちょっとコーヒー"), ["ちょっ", "と", "コー", "ヒー"])
        XCTAssertEqual(segments("時々人々"), ["時々", "人々"])
        XCTAssertEqual(segments("「はい」と言った。"), ["「は", "い」", "と", "言っ", "た。"])
    }

    func testLatinWordsAndNumbersNeverSplit() {
        XCTAssertEqual(
            segments("售价5999元，发布iPhone 15。"),
            ["售", "价", "5999", "元，", "发", "布", "iPhone ", "15。"])
        XCTAssertEqual(segments("增长1.3%，约$12,000美元"), ["增", "长", "1.3%，", "约", "$12,000", "美", "元"])
        XCTAssertEqual(segments("don’t stop", .cjk), ["don’t ", "stop"])
        XCTAssertEqual(segments("“Quoted” words", .cjk), ["“Quoted” ", "words"])
        XCTAssertEqual(segments("e-mail co-op", .cjk), ["e-", "mail ", "co-", "op"])
    }

    func testMandatoryBreaksAndStringIndices() {
        let text = "第一行\n第二行"
        let kinds = LineBreaker().opportunities(in: text).map {
            "\($0.offset)\($0.kind == .mandatory ? "!" : "")"
        }
        XCTAssertEqual(kinds, ["1", "2", "4!", "5", "6", "7!"])
        var lines: [Substring] = []
        var start = text.startIndex
        LineBreaker().forEachOpportunity(in: text) { index, kind in
            if kind == .mandatory {
                lines.append(text[start..<index])
                start = index
            }
        }
        XCTAssertEqual(lines, ["第一行\n", "第二行"])
        XCTAssertEqual(LineBreaker().opportunities(in: ""), [])
    }

    func testEmojiAndFlagsStayWhole() {
        XCTAssertEqual(segments("好👍🏽棒🇨🇳🇯🇵"), ["好", "👍🏽", "棒", "🇨🇳", "🇯🇵"])
        XCTAssertEqual(segments("家👨‍👩‍👧了"), ["家", "👨‍👩‍👧", "了"])
    }
}
