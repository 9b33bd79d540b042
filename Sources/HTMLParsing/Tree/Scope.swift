/// The kinds of element scope of the stack of open elements.
enum Scope: Int, CaseIterable {
    /// "has an element in scope".
    case normal
    /// "in list item scope": also bounded by `ol` and `ul`.
    case listItem
    /// "in button scope": also bounded by `button`.
    case button
    /// "in table scope": bounded by `html`, `table` and `template` only.
    case table

    /// The scopes that an element called `name` in `namespace` bounds, as a bit mask.
    static func boundaryMask(name: String, namespace: Namespace) -> UInt8 {
        switch namespace {
        case .html:
            if ElementSets.scopeBoundaries.contains(name) {
                let common: UInt8 = 0b0111
                return name == "html" || name == "table" || name == "template" ? common | 0b1000 : common
            }
            if name == "ol" || name == "ul" { return 1 << Scope.listItem.rawValue }
            if name == "button" { return 1 << Scope.button.rawValue }
            return 0
        case .mathml:
            return ["mi", "mo", "mn", "ms", "mtext", "annotation-xml"].contains(name) ? 0b0111 : 0
        case .svg:
            return name == "foreignObject" || name == "desc" || name == "title" ? 0b0111 : 0
        }
    }
}
