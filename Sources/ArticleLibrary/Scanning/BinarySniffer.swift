/// Tells binary files from text so a library skips images and archives named `.md`.
///
/// Text may hold a stray NUL, escape sequences or some invalid UTF-8 (all handled later);
/// a file is binary when it starts with a known magic number, or when its first 8 KiB have
/// many NULs, many control bytes, or mostly invalid UTF-8 (compressed data).
enum BinarySniffer {
    private static let magics: [(prefix: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"), ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x1F, 0x8B], "gzip data"), ([0x52, 0x49, 0x46, 0x46], "RIFF media"),
    ]

    /// Why `bytes` look binary, or nil when they look like text.
    static func reasonIfBinary(_ bytes: [UInt8]) -> String? {
        for magic in magics where bytes.starts(with: magic.prefix) {
            return "binary file (\(magic.name))"
        }
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return nil }
        // Ratios are taken over at least 1 KiB so a short file with one odd byte stays text.
        let base = max(sample.count, 1024)
        var nul = 0
        var control = 0
        for b in sample {
            if b == 0 {
                nul += 1
            } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B {
                control += 1
            }
        }
        if nul * 100 > base || (nul + control) * 10 > base {
            return "binary file (\(nul + control) control bytes in the first \(sample.count))"
        }
        let invalid = invalidSequences(in: sample)
        if invalid * 10 > base {
            return "binary file (\(invalid) invalid UTF-8 sequences in the first \(sample.count) bytes)"
        }
        return nil
    }

    private static func invalidSequences(in sample: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = sample.makeIterator()
        var invalid = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .error: invalid += 1
            case .emptyInput: return invalid
            }
        }
    }
}
