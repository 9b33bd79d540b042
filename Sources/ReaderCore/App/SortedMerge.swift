/// Merging a few sorted elements into a long sorted array: each new element finds its place by
/// binary search (O(k log n) comparisons), then one pass copies (O(n + k) moves), so filling a
/// list batch by batch never sorts it again.
enum SortedMerge {
    /// `new` (sorted by `precedes`) merged into `old` (sorted by `precedes`), and for each new
    /// element, in order, the index in `old` of the element it went in front of (`old.count` at
    /// the end). Elements that compare equal keep old ones first.
    static func merge<Element>(
        _ new: [Element], into old: [Element], by precedes: (Element, Element) -> Bool
    ) -> (merged: [Element], positions: [Int]) {
        guard !new.isEmpty else { return (old, []) }
        var positions: [Int] = []
        positions.reserveCapacity(new.count)
        var low = 0
        for element in new {
            var high = old.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(element, old[middle]) { high = middle } else { low = middle + 1 }
            }
            positions.append(low)
        }
        var merged: [Element] = []
        merged.reserveCapacity(old.count + new.count)
        var copied = 0
        for (element, position) in zip(new, positions) {
            merged.append(contentsOf: old[copied..<position])
            merged.append(element)
            copied = position
        }
        merged.append(contentsOf: old[copied...])
        return (merged, positions)
    }

    /// Where the element at `index` of the old array is after a merge that inserted at
    /// `positions` (sorted): moved down by the number of elements inserted at or before it.
    static func shifted(_ index: Int, by positions: [Int]) -> Int {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return index + low
    }
}
