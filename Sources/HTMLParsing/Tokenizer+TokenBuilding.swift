extension Tokenizer {
    /// Starts a new start or end tag token with an empty name.
    mutating func beginTag(isEndTag: Bool) {
        tagName.removeAll(keepingCapacity: true)
        tagIsEndTag = isEndTag
        tagSelfClosing = false
        attributes = []
        if !attributeNameIndex.isEmpty { attributeNameIndex = [] }
        hasAttribute = false
    }

    /// Starts a new attribute on the current tag, finishing the previous one.
    mutating func beginAttribute() {
        finishAttribute()
        hasAttribute = true
        attributeName.removeAll(keepingCapacity: true)
        attributeValue.removeAll(keepingCapacity: true)
    }

    /// Adds the attribute being built to the tag unless its name is a duplicate
    /// (the first occurrence wins).
    mutating func finishAttribute() {
        guard hasAttribute else { return }
        hasAttribute = false
        let name = String(decoding: attributeName, as: UTF8.self)
        if attributes.count < 16 {
            if attributes.contains(where: { $0.name == name }) { return }
        } else {
            if attributeNameIndex.isEmpty {
                attributeNameIndex = Set(attributes.map(\.name))
            }
            guard attributeNameIndex.insert(name).inserted else { return }
        }
        attributes.append(Attribute(name: name, value: String(decoding: attributeValue, as: UTF8.self)))
    }

    /// Whether the tag being built is an appropriate end tag: its name is that of the last
    /// start tag emitted.
    var isAppropriateEndTag: Bool {
        lastStartTagName?.utf8.elementsEqual(tagName) ?? false
    }

    /// Emits the tag being built, remembering the name of a start tag.
    mutating func emitCurrentTag() {
        finishAttribute()
        // A known name comes from the `TagID` table: a literal, so no decoding and no allocation.
        let known = tagName.withUnsafeBufferPointer { TagNameTable.shared.lookup(bytes: $0) }
        let name = known == .other ? String(decoding: tagName, as: UTF8.self) : known.name
        let tag = Tag(name: name, attributes: attributes, selfClosing: tagSelfClosing)
        if tagIsEndTag {
            emit(.endTag(tag))
        } else {
            lastStartTagName = name
            emit(.startTag(tag))
        }
    }

    /// Starts a new comment token with empty data.
    mutating func beginComment() {
        commentData.removeAll(keepingCapacity: true)
    }

    /// Emits the comment being built.
    mutating func emitCurrentComment() {
        emit(.comment(String(decoding: commentData, as: UTF8.self)))
    }

    /// Starts a new DOCTYPE token with missing name and identifiers.
    mutating func beginDoctype() {
        doctypeName = nil
        doctypePublicIdentifier = nil
        doctypeSystemIdentifier = nil
        doctypeForceQuirks = false
    }

    /// Emits the DOCTYPE being built.
    mutating func emitCurrentDoctype() {
        let doctype = Doctype(
            name: doctypeName.map { String(decoding: $0, as: UTF8.self) },
            publicIdentifier: doctypePublicIdentifier.map { String(decoding: $0, as: UTF8.self) },
            systemIdentifier: doctypeSystemIdentifier.map { String(decoding: $0, as: UTF8.self) },
            forceQuirks: doctypeForceQuirks)
        emit(.doctype(doctype))
    }
}
