/// The tree construction stage of the WHATWG HTML parser.
///
/// It pulls tokens from a `TokenSource`, runs the insertion-mode state machine and builds an
/// `HTMLDocument`. Scripting is off: `<noscript>` content is parsed as markup and scripts never
/// run. `<select>` follows the current (customizable select) rules: no "in select" modes.
///
/// Hostile input stays near linear: scope checks are constant time (`OpenElementStack`), the
/// list of active formatting elements is bounded (`formattingLimit`), stray end tags with no
/// open element of their name are dropped without walking the stack, and the tree's depth is
/// bounded (`maximumDepth`). One known superlinear case remains: the adoption agency moving a
/// formatting element down through N nested blocks costs O(N) per step.
struct TreeBuilder<Source: TokenSource> {
    /// Past this many open elements, a new element is appended to the parent of its intended
    /// parent instead (as browsers do at 512); `run()` then lifts whatever the adoption agency
    /// moved deeper (`HTMLDocument.limitDepth(to:)`). At least 1.
    let maximumDepth: Int
    /// At most this many formatting elements are kept after the last marker; the oldest entry
    /// is dropped past it, which bounds reconstruction and the adoption agency's searches.
    let formattingLimit = 64

    var source: Source
    var document = HTMLDocument()
    var mode = InsertionMode.initial
    var originalMode = InsertionMode.initial
    var templateModes: [InsertionMode] = []
    var stack = OpenElementStack()
    var formatting: [FormattingEntry] = []
    var headElement: NodeID?
    var formElement: NodeID?
    var framesetOK = true
    var fosterParenting = false
    var pendingTableText = ""
    var skipNextNewline = false
    /// The detached node holding each template's contents, created on first use.
    var templateContents: [NodeID: NodeID] = [:]
    /// The context element of the fragment parsing algorithm.
    var context: NodeID?
    var stopped = false
    /// Whether a `<selectedcontent>` element was inserted (enables option cloning).
    var sawSelectedContent = false
    /// The option last copied into each select's `<selectedcontent>`.
    var selectedOptions: [NodeID: NodeID] = [:]
    /// Each select's first `<selectedcontent>` (or none), cleared when one is inserted.
    var selectedContents: [NodeID: NodeID?] = [:]

    /// Creates a builder reading from `source`, with room for `expectedNodes` nodes (a hint:
    /// reserving avoids copying the arena as it grows, and untouched capacity costs no memory).
    init(source: Source, maximumDepth: Int = 512, expectedNodes: Int = 0) {
        self.source = source
        self.maximumDepth = max(maximumDepth, 1)
        document.nodes.reserveCapacity(expectedNodes)
    }

    /// Consumes every token up to the end of input and returns the finished document.
    mutating func run() -> HTMLDocument {
        while !stopped {
            source.allowsCDATA = adjustedCurrentNodeIsForeign
            var token = source.next()
            if skipNextNewline {
                skipNextNewline = false
                if case .character(let text) = token, text.utf8.first == 0x0A {
                    let rest = text.utf8.dropFirst()
                    if rest.isEmpty { continue }
                    token = .character(String(Substring(rest)))
                }
            }
            dispatch(token)
            if case .endOfFile = token { break }
        }
        document.limitDepth(to: maximumDepth)
        return document
    }

    /// Runs one token through the tree construction dispatcher until no mode asks to reprocess it.
    mutating func dispatch(_ token: Token) {
        var current = token
        while !stopped {
            let next =
                !adjustedCurrentNodeIsForeign || usesHTMLRules(for: current)
                ? process(current, in: mode) : processForeignContent(current)
            guard let next else { return }
            current = next
        }
    }

    /// Applies the rules of insertion mode `mode`; returns a token to reprocess, if any.
    mutating func process(_ token: Token, in mode: InsertionMode) -> Token? {
        switch mode {
        case .initial: return initialMode(token)
        case .beforeHTML: return beforeHTMLMode(token)
        case .beforeHead: return beforeHeadMode(token)
        case .inHead: return inHeadMode(token)
        case .inHeadNoscript: return inHeadNoscriptMode(token)
        case .afterHead: return afterHeadMode(token)
        case .inBody: return inBodyMode(token)
        case .text: return textMode(token)
        case .inTable: return inTableMode(token)
        case .inTableText: return inTableTextMode(token)
        case .inCaption: return inCaptionMode(token)
        case .inColumnGroup: return inColumnGroupMode(token)
        case .inTableBody: return inTableBodyMode(token)
        case .inRow: return inRowMode(token)
        case .inCell: return inCellMode(token)
        case .inTemplate: return inTemplateMode(token)
        case .afterBody: return afterBodyMode(token)
        case .inFrameset: return inFramesetMode(token)
        case .afterFrameset: return afterFramesetMode(token)
        case .afterAfterBody: return afterAfterBodyMode(token)
        case .afterAfterFrameset: return afterAfterFramesetMode(token)
        }
    }

    /// Stops parsing: the remaining open elements are simply left as they are.
    mutating func stopParsing() {
        while currentNode != nil { popCurrent() }
        stopped = true
    }
}
