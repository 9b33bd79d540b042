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

    /// The scopes whose bits are set in `mask` (no work for the common empty mask).
    static func scopes(in mask: UInt8) -> [Scope] {
        mask == 0 ? [] : allCases.filter { mask & (1 << $0.rawValue) != 0 }
    }

    /// The scopes that an element `tag` in `namespace` bounds, as a bit mask.
    static func boundaryMask(tag: TagID, namespace: Namespace) -> UInt8 {
        switch namespace {
        case .html:
            if ElementSets.scopeBoundaries.contains(tag) {
                let common: UInt8 = 0b0111
                return tag == .html || tag == .table || tag == .template ? common | 0b1000 : common
            }
            if tag == .ol || tag == .ul { return 1 << Scope.listItem.rawValue }
            if tag == .button { return 1 << Scope.button.rawValue }
            return 0
        case .mathml:
            return ElementSets.mathMLTextIntegrationPoints.contains(tag) || tag == .annotationXML ? 0b0111 : 0
        case .svg:
            return ElementSets.svgHTMLIntegrationPoints.contains(tag) ? 0b0111 : 0
        }
    }
}
