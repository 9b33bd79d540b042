/// Customizable `<select>`: when an `<option>` is popped, the selected one is copied into the
/// select's `<selectedcontent>` (the spec's "maybe clone an option into selectedcontent").
/// Costs nothing unless the document has a `<selectedcontent>` element.
extension TreeBuilder {
    /// Called for every HTML `option` element popped off the stack.
    mutating func optionPopped(_ option: NodeID) {
        guard sawSelectedContent, let select = nearest("select", from: option) else { return }
        let selected = document.attribute("selected", of: option) != nil || selectedOptions[select] == nil
        guard selected else { return }
        selectedOptions[select] = option
        guard let target = selectedContent(of: select), nearest("option", from: target) == nil else { return }
        while let child = node(target).firstChild {
            document.detach(child)
        }
        document.cloneChildren(of: option, into: target)
    }

    /// The nearest ancestor of `id` that is an HTML element called `name`.
    private mutating func nearest(_ name: String, from id: NodeID) -> NodeID? {
        var current = node(id).parent
        while let ancestor = current {
            if isHTML(ancestor, name) { return ancestor }
            current = node(ancestor).parent
        }
        return nil
    }

    /// The first `<selectedcontent>` below `select`, remembered until another one is inserted.
    private mutating func selectedContent(of select: NodeID) -> NodeID? {
        if let known = selectedContents[select] { return known }
        var walker = document.events(from: select)
        while let event = walker.next() {
            if case .enter(let id) = event, isHTML(id, .selectedcontent) {
                selectedContents[select] = id
                return id
            }
        }
        selectedContents[select] = .some(nil)
        return nil
    }
}
