/// The boundary where untrusted text becomes safe to print.
public enum OutputText {
    /// One field of a line: control and bidi-control characters made visible or removed,
    /// tabs and newlines turned into spaces.
    public static func field(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v == 0x09 || v == 0x0A || v == 0x0D {
                out.append(" ")
            } else if v < 0x20 || (0x7F...0x9F).contains(v) {
                out.append("\u{FFFD}")
            } else if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x061C {
                continue
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
