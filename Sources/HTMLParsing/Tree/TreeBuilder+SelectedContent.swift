/// Customizable `<select>`: when an `<option>` is popped, the selected one is copied into the
/// select's `<selectedcontent>` (the spec's "maybe clone an option into selectedcontent").
/// Costs nothing unless the document has a `<selectedcontent>` element.
extension TreeBuilder {
    /// Called for every HTML `option` element popped off the stack.
    func optionPopped(_ option: NodeID) {
        guard sawSelectedContent, let select = nearestSelect(of: option) else { return }
        let selected = document.attribute("selected", of: option) != nil || selectedOptions[select] == nil
        guard selected else { return }
        selectedOptions[select] = option
        guard let target = firstSelectedContent(in: select) else { return }
        while let child = node(target).firstChild {
            document.detach(child)
        }
        document.cloneChildren(of: option, into: target)
    }

    private func nearestSelect(of option: NodeID) -> NodeID? {
        var current = node(option).parent
        while let id = current {
            if node(id).isHTML("select") { return id }
            current = node(id).parent
        }
        return nil
    }

    private func firstSelectedContent(in select: NodeID) -> NodeID? {
        var walker = document.events(from: select)
        while let event = walker.next() {
            if case .enter(let id) = event, node(id).isHTML("selectedcontent") { return id }
        }
        return nil
    }
}
