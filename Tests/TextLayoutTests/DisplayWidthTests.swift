import XCTest

@testable import TextLayout

/// Display width of scalars, grapheme clusters and strings on real text.
final class DisplayWidthTests: XCTestCase {
    func testScalarWidths() {
        let cases: [(UInt32, Int, String)] = [
            (0x41, 1, "A"), (0x20, 1, "space"), (0x0A, 0, "LF"), (0x1B, 0, "ESC"), (0x7F, 0, "DEL"),
            (0x9B, 0, "C1 CSI"), (0xE9, 1, "é"), (0x301, 0, "combining acute (Mn)"),
            (0x20DD, 0, "enclosing circle (Me)"), (0xAD, 0, "soft hyphen (Cf)"),
            (0x200B, 0, "ZWSP"), (0x200D, 0, "ZWJ"), (0xFEFF, 0, "BOM"), (0x2028, 0, "LS"),
            (0x4E2D, 2, "中"), (0x3042, 2, "あ"), (0x30A2, 2, "ア"), (0xFF76, 1, "halfwidth ｶ"),
            (0xFF21, 2, "fullwidth Ａ"), (0xFF0C, 2, "fullwidth comma"), (0x3000, 2, "ideographic space"),
            (0xAC00, 2, "가"), (0x1100, 2, "choseong ᄀ"), (0x1161, 0, "jungseong ᅡ"),
            (0x11A8, 0, "jongseong ᆨ"), (0xD7B0, 0, "jungseong ext-B"), (0x20000, 2, "𠀀 ext B"),
            (0x3FFFD, 2, "plane 3 unassigned"), (0xB1, 1, "± ambiguous"), (0x2026, 1, "… ambiguous"),
            (0x1F600, 2, "😀"), (0x1F3FD, 2, "skin tone modifier"), (0x2764, 1, "❤ text default"),
            (0x1F1FA, 1, "regional indicator"), (0x0915, 1, "क"), (0x093F, 1, "ि (Mc)"),
            (0x094D, 0, "् virama (Mn)"), (0xFE0F, 0, "VS16"), (0xE0067, 0, "tag g"),
        ]
        for (value, width, name) in cases {
            let scalar = Unicode.Scalar(value).map { DisplayWidth.of($0) }
            XCTAssertEqual(scalar, width, "U+\(String(value, radix: 16, uppercase: true)) \(name)")
        }
    }

    func testClusterWidths() {
        let cases: [(Character, Int, String)] = [
            ("e\u{301}", 1, "e + combining acute"),
            ("\u{1100}\u{1161}\u{11A8}", 2, "conjoining jamo 각"),
            ("👍🏽", 2, "thumbs up, skin tone"),
            ("👨‍👩‍👧‍👦", 2, "ZWJ family"),
            ("🏳️‍🌈", 2, "rainbow flag: VS16 and ZWJ"),
            ("❤️", 2, "heart + VS16"),
            ("❤", 1, "heart, text presentation"),
            ("1️⃣", 2, "keycap with VS16"),
            ("#\u{20E3}", 2, "keycap without VS16"),
            ("🇨🇳", 2, "flag CN"),
            ("🇺", 1, "lone regional indicator"),
            ("कि", 2, "Devanagari ki: the vowel sign is a spacing mark"),
            ("स्", 1, "Devanagari s + virama"),
            ("⌚︎", 2, "wide emoji with VS15 stays wide"),
            ("a\u{FE0F}", 1, "VS16 after a non-emoji"),
            ("\r\n", 0, "CR LF"),
        ]
        for (character, width, name) in cases {
            XCTAssertEqual(DisplayWidth.of(character), width, name)
        }
    }

    func testStringWidths() {
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of("Hello, world"), 12)
        XCTAssertEqual(DisplayWidth.of("中文标点，。"), 12)
        XCTAssertEqual(DisplayWidth.of("日本語のテキスト"), 16)
        XCTAssertEqual(DisplayWidth.of("ﾊﾝｶｸｶﾀｶﾅ"), 8)
        XCTAssertEqual(DisplayWidth.of("Ｆｕｌｌ"), 8)
        XCTAssertEqual(DisplayWidth.of("café"), 4)
        XCTAssertEqual(DisplayWidth.of("cafe\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of("家庭👨‍👩‍👧‍👦 ok"), 9)
        XCTAssertEqual(DisplayWidth.of("Go 🇯🇵!"), 6)
        XCTAssertEqual(DisplayWidth.of("tab\there"), 7)
        XCTAssertEqual(DisplayWidth.of("soft\u{AD}hyphen"), 10)
        XCTAssertEqual(DisplayWidth.of("नमस्ते"), 4, "spacing vowel sign counts, virama does not")
        XCTAssertEqual(DisplayWidth.of("中文"[...]), 4, "Substring")
    }

    func testStringWidthIsTheSumOfClusterWidths() {
        let samples = [
            "北京时间2023年，“中国”和《人民日报》……", "👍🏽👍 ❤️ ❤ 1️⃣ 🇨🇳🇺", "क्षि नमस्ते",
            "e\u{301}\u{302} \u{1100}\u{1161}\u{11A8}", "a🏽", "\u{301}start", "x\u{200D}🙂",
        ]
        for sample in samples {
            let clusters = sample.reduce(0) { $0 + DisplayWidth.of($1) }
            XCTAssertEqual(DisplayWidth.of(sample), clusters, sample)
        }
    }

    func testTerminalUnsafeZeroWidth() {
        let unsafe: [UInt32] = [
            0x00, 0x1B, 0x7F, 0x9B, 0xAD, 0x600, 0x200B, 0x200E, 0x202E, 0x2066, 0xFEFF, 0x1160, 0xE0041,
        ]
        let safe: [UInt32] = [0x41, 0x4E2D, 0x301, 0x200D, 0xFE0F, 0x20E3, 0x94D, 0x1F600]
        for value in unsafe {
            let scalar = Unicode.Scalar(value).map(DisplayWidth.isTerminalUnsafeZeroWidth)
            XCTAssertEqual(scalar, true, "U+\(String(value, radix: 16))")
        }
        for value in safe {
            let scalar = Unicode.Scalar(value).map(DisplayWidth.isTerminalUnsafeZeroWidth)
            XCTAssertEqual(scalar, false, "U+\(String(value, radix: 16))")
        }
    }

    func testEveryScalarHasWidthZeroOneOrTwo() {
        var counts = [0, 0, 0]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let width = DisplayWidth.of(scalar)
            XCTAssertTrue((0...2).contains(width))
            counts[width] += 1
            if width != 0 {
                XCTAssertFalse(DisplayWidth.isTerminalUnsafeZeroWidth(scalar))
            }
        }
        // Plane 2 and 3 alone hold 131,068 wide code points.
        XCTAssertGreaterThan(counts[2], 170_000)
        XCTAssertGreaterThan(counts[0], 2_000)
    }
}
