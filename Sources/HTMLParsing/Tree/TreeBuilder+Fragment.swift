/// Setting up the HTML fragment parsing algorithm.
extension TreeBuilder {
    /// Prepares the builder to parse a fragment in the context of an element called
    /// `contextName` in `namespace`: an `<html>` root, the context's tokenizer state and
    /// insertion mode.
    mutating func prepareFragment(contextName: String, namespace: Namespace) {
        let contextElement = document.makeElement(contextName, namespace: namespace, attributes: [])
        context = contextElement
        let html = document.makeElement("html", namespace: .html, attributes: [])
        document.insert(html, into: document.root)
        push(html)
        if namespace == .html {
            if let state = Self.tokenizerState(forContext: contextName) {
                source.switchState(to: state)
            }
            if contextName == "template" { templateModes.append(.inTemplate) }
        }
        resetInsertionMode()
    }

    /// The tokenizer state the fragment algorithm starts in for an HTML context element.
    static func tokenizerState(forContext name: String) -> TokenizerState? {
        let tagID = TagID(name)
        switch tagID {
        case .title, .textarea: return .rcdata
        case .style, .xmp, .iframe, .noembed, .noframes: return .rawtext
        case .script: return .scriptData
        case .plaintext: return .plaintext
        default: return nil
        }
    }
}
