/// The stack of open elements, indexed so that scope checks never walk it.
///
/// Besides the elements in order, it keeps, for each HTML name, the open elements of that name
/// and, for each kind of scope, the open elements that bound it, all in stack order; and a
/// rank per open element that grows towards the top. "Is an element called X in scope" is then
/// "does the last X rank at or above the last boundary", in constant time, however deep the
/// stack and whatever the adoption agency does to its middle.
struct OpenElementStack {
    private struct Entry {
        let tag: TagID
        let name: String
        let namespace: Namespace
        let boundaries: UInt8
    }

    private static let gap = 1 << 20

    /// The open elements, bottom (`<html>`) first.
    private(set) var elements: [NodeID] = []
    private var entries: [Entry] = []
    /// Indexed by `NodeID.index`; 0 when the node is not open.
    private var ranks: [Int] = []
    /// The open HTML elements of each known name, indexed by `TagID.rawValue`.
    private var byTag: [[NodeID]] = Array(repeating: [], count: TagID.allCases.count)
    /// The open HTML elements of each name that is `.other`.
    private var byOtherName: [String: [NodeID]] = [:]
    private var byScope: [[NodeID]] = Array(repeating: [], count: Scope.allCases.count)
    private var foreignCounts: [String: Int] = [:]

    /// Whether `id` is open.
    func contains(_ id: NodeID) -> Bool { rank(of: id) > 0 }

    /// How many HTML elements called `name` are open.
    func count(named name: String) -> Int {
        let tag = TagID(name)
        return tag == .other ? byOtherName[name]?.count ?? 0 : byTag[Int(tag.rawValue)].count
    }

    /// How many HTML elements `tag` (not `.other`) are open.
    func count(of tag: TagID) -> Int { byTag[Int(tag.rawValue)].count }

    /// How many SVG or MathML elements whose lowercased name is `name` are open.
    func foreignCount(named name: String) -> Int { foreignCounts[name] ?? 0 }

    /// The topmost open HTML element `tag` (not `.other`).
    func last(of tag: TagID) -> NodeID? { byTag[Int(tag.rawValue)].last }

    /// Whether open element `lhs` is above (more recently opened than) open element `rhs`.
    func isAbove(_ lhs: NodeID, _ rhs: NodeID) -> Bool { rank(of: lhs) > rank(of: rhs) }

    /// Whether an HTML element called `name` is in `scope`.
    func hasInScope(_ name: String, _ scope: Scope) -> Bool {
        let tag = TagID(name)
        if tag != .other { return hasInScope(tag, scope) }
        guard let top = byOtherName[name]?.last else { return false }
        return rank(of: top) >= lastBoundaryRank(scope)
    }

    /// Whether an HTML element `tag` (not `.other`) is in `scope`.
    func hasInScope(_ tag: TagID, _ scope: Scope) -> Bool {
        guard let top = byTag[Int(tag.rawValue)].last else { return false }
        return rank(of: top) >= lastBoundaryRank(scope)
    }

    /// Whether the open element `id` is in `scope`.
    func hasElementInScope(_ id: NodeID, _ scope: Scope) -> Bool {
        let value = rank(of: id)
        return value > 0 && value >= lastBoundaryRank(scope)
    }

    private func lastBoundaryRank(_ scope: Scope) -> Int {
        byScope[scope.rawValue].last.map { rank(of: $0) } ?? 0
    }

    private func rank(of id: NodeID) -> Int {
        id.index < ranks.count ? ranks[id.index] : 0
    }

    private mutating func setRank(_ id: NodeID, _ value: Int) {
        if id.index >= ranks.count {
            ranks.append(contentsOf: repeatElement(0, count: id.index + 1 - ranks.count))
        }
        ranks[id.index] = value
    }

    /// Pushes `id`, an element called `name` in `namespace`.
    mutating func push(_ id: NodeID, name: String, tag: TagID, namespace: Namespace) {
        let entry = Entry(
            tag: tag, name: name, namespace: namespace,
            boundaries: Scope.boundaryMask(tag: tag, namespace: namespace))
        setRank(id, (elements.last.map { rank(of: $0) } ?? 0) + Self.gap)
        elements.append(id)
        entries.append(entry)
        index(id, entry)
    }

    /// Pops the current node.
    @discardableResult
    mutating func pop() -> NodeID? {
        guard let id = elements.popLast(), let entry = entries.popLast() else { return nil }
        setRank(id, 0)
        if entry.namespace == .html {
            if entry.tag == .other {
                byOtherName[entry.name]?.removeLast()
            } else {
                byTag[Int(entry.tag.rawValue)].removeLast()
            }
        } else {
            foreignCounts[entry.name.lowercased(), default: 0] -= 1
        }
        for scope in Scope.scopes(in: entry.boundaries) {
            byScope[scope.rawValue].removeLast()
        }
        return id
    }

    /// Removes `id` from wherever it is.
    mutating func remove(_ id: NodeID) {
        guard contains(id), let position = elements.lastIndex(of: id) else { return }
        if position == elements.count - 1 {
            pop()
            return
        }
        let entry = entries[position]
        elements.remove(at: position)
        entries.remove(at: position)
        setRank(id, 0)
        unindex(id, entry)
    }

    /// Removes the elements at `positions` in one pass.
    mutating func remove(atPositions positions: [Int]) {
        guard !positions.isEmpty else { return }
        var names: Set<String> = []
        var tags: TagSet = []
        var scopes: UInt8 = 0
        for position in positions {
            let entry = entries[position]
            setRank(elements[position], 0)
            if entry.namespace != .html {
                foreignCounts[entry.name.lowercased(), default: 0] -= 1
            } else if entry.tag == .other {
                names.insert(entry.name)
            } else {
                tags.insert(entry.tag)
            }
            scopes |= entry.boundaries
        }
        var keptElements: [NodeID] = []
        var keptEntries: [Entry] = []
        keptElements.reserveCapacity(elements.count)
        keptEntries.reserveCapacity(elements.count)
        for (id, entry) in zip(elements, entries) where rank(of: id) > 0 {
            keptElements.append(id)
            keptEntries.append(entry)
        }
        elements = keptElements
        entries = keptEntries
        let ranks = self.ranks
        let isClosed = { (id: NodeID) in id.index >= ranks.count || ranks[id.index] == 0 }
        for name in names {
            byOtherName[name]?.removeAll(where: isClosed)
        }
        for tag in tags.members {
            byTag[Int(tag.rawValue)].removeAll(where: isClosed)
        }
        for scope in Scope.scopes(in: scopes) {
            byScope[scope.rawValue].removeAll(where: isClosed)
        }
    }

    /// Replaces the element at `position` with `id`, an element of the same name and namespace.
    mutating func replace(at position: Int, with id: NodeID) {
        let old = elements[position]
        let entry = entries[position]
        setRank(id, rank(of: old))
        setRank(old, 0)
        elements[position] = id
        if entry.namespace == .html, entry.tag != .other {
            if let slot = byTag[Int(entry.tag.rawValue)].lastIndex(of: old) {
                byTag[Int(entry.tag.rawValue)][slot] = id
            }
        } else if entry.namespace == .html, let slot = byOtherName[entry.name]?.lastIndex(of: old) {
            byOtherName[entry.name]?[slot] = id
        }
        for scope in Scope.scopes(in: entry.boundaries) {
            if let slot = byScope[scope.rawValue].lastIndex(of: old) { byScope[scope.rawValue][slot] = id }
        }
    }

    /// Inserts `id` immediately above the open element `below`.
    mutating func insert(_ id: NodeID, name: String, tag: TagID, namespace: Namespace, above below: NodeID) {
        guard let position = elements.lastIndex(of: below) else {
            push(id, name: name, tag: tag, namespace: namespace)
            return
        }
        if position == elements.count - 1 {
            push(id, name: name, tag: tag, namespace: namespace)
            return
        }
        let low = rank(of: below)
        var high = rank(of: elements[position + 1])
        if high - low < 2 {
            renumber()
            high = rank(of: elements[position + 1])
        }
        let entry = Entry(
            tag: tag, name: name, namespace: namespace,
            boundaries: Scope.boundaryMask(tag: tag, namespace: namespace))
        setRank(id, (rank(of: below) + high) / 2)
        elements.insert(id, at: position + 1)
        entries.insert(entry, at: position + 1)
        index(id, entry)
    }

    private mutating func renumber() {
        for (position, id) in elements.enumerated() {
            setRank(id, (position + 1) * Self.gap)
        }
    }

    /// Adds `id` to the name and scope lists, keeping them in stack order.
    private mutating func index(_ id: NodeID, _ entry: Entry) {
        if entry.namespace == .html {
            if entry.tag == .other {
                Self.insertOrdered(id, ranks: ranks, into: &byOtherName[entry.name, default: []])
            } else {
                Self.insertOrdered(id, ranks: ranks, into: &byTag[Int(entry.tag.rawValue)])
            }
        } else {
            foreignCounts[entry.name.lowercased(), default: 0] += 1
        }
        for scope in Scope.scopes(in: entry.boundaries) {
            Self.insertOrdered(id, ranks: ranks, into: &byScope[scope.rawValue])
        }
    }

    private mutating func unindex(_ id: NodeID, _ entry: Entry) {
        if entry.namespace == .html {
            if entry.tag != .other {
                if let slot = byTag[Int(entry.tag.rawValue)].lastIndex(of: id) {
                    byTag[Int(entry.tag.rawValue)].remove(at: slot)
                }
            } else if let slot = byOtherName[entry.name]?.lastIndex(of: id) {
                byOtherName[entry.name]?.remove(at: slot)
            }
        } else {
            foreignCounts[entry.name.lowercased(), default: 0] -= 1
        }
        for scope in Scope.scopes(in: entry.boundaries) {
            if let slot = byScope[scope.rawValue].lastIndex(of: id) {
                byScope[scope.rawValue].remove(at: slot)
            }
        }
    }

    private static func insertOrdered(_ id: NodeID, ranks: [Int], into list: inout [NodeID]) {
        let value = ranks[id.index]
        var slot = list.count
        while slot > 0, ranks[list[slot - 1].index] > value {
            slot -= 1
        }
        list.insert(id, at: slot)
    }
}
