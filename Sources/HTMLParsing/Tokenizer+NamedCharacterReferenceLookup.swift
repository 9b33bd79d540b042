extension NamedCharacterReferences {
    /// The longest name in the table that is a prefix of `input[start...]`, as its table index
    /// and its length in bytes ("consume the maximum number of characters possible").
    ///
    /// The search narrows the range of sorted names that share the bytes read so far, one input
    /// byte at a time, with two binary searches per byte; it reads at most `longestName` bytes.
    static func longestMatch(in input: [UInt8], at start: Int) -> (index: Int, length: Int)? {
        var lower = 0
        var upper = count
        var best: (index: Int, length: Int)?
        var depth = 0
        while depth < longestName && start + depth < input.count {
            let byte = Int(input[start + depth])
            // Within the range every name shares `depth` bytes with the input; a name of exactly
            // `depth` bytes sorts first and has no byte at `depth` (key -1).
            lower = partition(lower, upper) { key(of: $0, at: depth) >= byte }
            upper = partition(lower, upper) { key(of: $0, at: depth) > byte }
            if lower == upper { break }
            depth += 1
            if nameLength(at: lower) == depth {
                best = (lower, depth)
            }
        }
        return best
    }

    /// The UTF-8 replacement text of the name at `index`.
    static func value(at index: Int) -> ArraySlice<UInt8> {
        let start = index == 0 ? 0 : Int(valueEnds[index - 1])
        return values[start..<Int(valueEnds[index])]
    }

    /// The length in bytes of the name at `index`.
    private static func nameLength(at index: Int) -> Int {
        Int(nameEnds[index]) - nameStart(at: index)
    }

    /// The offset in `names` of the name at `index`.
    private static func nameStart(at index: Int) -> Int {
        index == 0 ? 0 : Int(nameEnds[index - 1])
    }

    /// The byte of name `index` at `offset`, or -1 past its end.
    private static func key(of index: Int, at offset: Int) -> Int {
        let position = nameStart(at: index) + offset
        return position < Int(nameEnds[index]) ? Int(names[position]) : -1
    }

    /// The first index in `lower..<upper` for which the monotonic `predicate` holds.
    private static func partition(_ lower: Int, _ upper: Int, _ predicate: (Int) -> Bool) -> Int {
        var low = lower
        var high = upper
        while low < high {
            let middle = low + (high - low) / 2
            if predicate(middle) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }
}
