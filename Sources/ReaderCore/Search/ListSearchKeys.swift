import ArticleLibrary
import Foundation

/// What the list search looks in (title, categories, tags) for every article, folded once
/// (case, fullwidth and halfwidth forms) into one byte buffer, so a key typed into `/` scans
/// bytes instead of folding 100,000 titles again (which took over two seconds a key).
struct ListSearchKeys: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    /// How many articles have keys (the first `count` of the list's articles).
    var count: Int { ends.count }

    /// Adds the key of the next article.
    mutating func append(_ article: Article) {
        for (n, part) in ([article.title] + article.categories + article.tags).enumerated() {
            if n > 0 { bytes.append(0x0A) }
            ListSearchKeys.fold(part, into: &bytes)
        }
        ends.append(bytes.count)
    }

    /// Whether the key of article `index` contains `needle` (a folded query, not empty).
    func key(_ index: Int, contains needle: [UInt8]) -> Bool {
        let start = index == 0 ? 0 : ends[index - 1]
        let end = ends[index]
        guard let first = needle.first, end - start >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var i = start
            let last = end - needle.count
            while i <= last {
                if buffer[i] == first {
                    var j = 1
                    while j < needle.count, buffer[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// `text` folded to UTF-8: compatibility forms to their plain form (NFKC) and lowercase.
    /// ASCII, fullwidth ASCII, kana and Han take a fast path; anything else goes to Foundation.
    static func fold(_ text: String, into bytes: inout [UInt8]) {
        let start = bytes.count
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: bytes.append(UInt8(value + 0x20))
            case 0..<0x80: bytes.append(UInt8(value))
            case 0xFF21...0xFF3A: bytes.append(UInt8(value - 0xFF21 + 0x61))  // Ａ-Ｚ
            case 0xFF01...0xFF5E: bytes.append(UInt8(value - 0xFEE0))  // other fullwidth ASCII
            case 0x4E00...0x9FFF, 0x3041...0x3096, 0x30A1...0x30FA, 0x3001...0x3002, 0x300C...0x300F,
                0x2018...0x2019, 0x201C...0x201D, 0x2014:
                bytes.append(contentsOf: String(scalar).utf8)
            default:
                bytes.removeLast(bytes.count - start)
                bytes.append(contentsOf: text.precomposedStringWithCompatibilityMapping.lowercased().utf8)
                return
            }
        }
    }

    /// A query folded as keys are.
    static func needle(_ query: String) -> [UInt8] {
        var bytes: [UInt8] = []
        fold(query, into: &bytes)
        return bytes
    }
}
