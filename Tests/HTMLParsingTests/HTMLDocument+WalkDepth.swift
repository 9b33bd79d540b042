@testable import HTMLParsing

extension HTMLDocument {
    /// The deepest nesting a walk from the root reaches, counting the document node itself (a
    /// document holding only `<html>` gives 2), measured without recursion.
    func walkDepth() -> Int {
        var current = 0
        var deepest = 0
        walk { event in
            switch event {
            case .enter:
                current += 1
                deepest = max(deepest, current)
            case .exit:
                current -= 1
            case .text:
                break
            }
            return .proceed
        }
        return deepest
    }
}
