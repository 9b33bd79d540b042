/// Reads one value from a generated two-stage table stored as `StaticString` literals.
///
/// The generator (`scripts/generate_unicode_tables.py`) stores stage 1 as two characters
/// per block and stage 2 as one character per code point, each offset by `valueOffset`.
@inline(__always)
func lookUpTwoStage(
    _ value: UInt32, stage1: StaticString, stage2: StaticString,
    shift: UInt32, offset: UInt8, base: Int
) -> UInt8 {
    let block = Int(truncatingIfNeeded: value >> shift) &* 2
    let first = stage1.utf8Start
    let number = Int(first[block] &- offset) &* base &+ Int(first[block &+ 1] &- offset)
    let mask = (UInt32(1) << shift) &- 1
    let position = (number << Int(shift)) | Int(truncatingIfNeeded: value & mask)
    return stage2.utf8Start[position] &- offset
}
