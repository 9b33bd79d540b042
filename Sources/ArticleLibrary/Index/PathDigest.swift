/// A path reduced to its byte length and a 64-bit keyed hash of its bytes (`Hasher`, SipHash with
/// a seed new in every process, so colliding names cannot be chosen ahead): what a rescan keeps
/// of each of 100,000 stored paths instead of the paths themselves. Two paths share a digest
/// with a chance of about n² / 2⁶⁵ (under 10⁻⁹ at 100,000 files), and then only one of them is
/// checked against its stamp in that rescan.
struct PathDigest: Hashable, Comparable {
    private let value: Int
    private let length: Int

    /// The digest of the bytes of a path.
    init(bytes: UnsafeRawBufferPointer) {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        value = hasher.finalize()
        length = bytes.count
    }

    /// An order of digests (for binary search; it means nothing about the paths).
    static func < (a: PathDigest, b: PathDigest) -> Bool {
        (a.value, a.length) < (b.value, b.length)
    }

    /// The digest of `path`'s UTF-8 bytes.
    init(_ path: String) {
        var path = path
        self = path.withUTF8 { PathDigest(bytes: UnsafeRawBufferPointer($0)) }
    }
}
