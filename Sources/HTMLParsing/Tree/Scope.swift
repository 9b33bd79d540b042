/// The kinds of element scope of the stack of open elements.
enum Scope {
    /// "has an element in scope".
    case normal
    /// "in list item scope": also bounded by `ol` and `ul`.
    case listItem
    /// "in button scope": also bounded by `button`.
    case button
    /// "in table scope": bounded by `html`, `table` and `template` only.
    case table
}
