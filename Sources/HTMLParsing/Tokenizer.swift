/// The WHATWG HTML tokenizer (HTML Living Standard §13.2.5) with a pull API.
///
/// The input is decoded and preprocessed once (invalid UTF-8 becomes U+FFFD, CR LF and lone CR
/// become LF) and then tokenized as UTF-8 bytes: every character the state machine looks at is
/// ASCII, so non-ASCII bytes simply travel through the "anything else" branches. Runs of plain
/// text are emitted as one `.character` token, sliced from the input where possible.
///
/// `next()` never runs ahead of the token it returns, so a tree builder can call
/// `switchState(to:)` or update `allowsCDATA` between tokens, as the specification requires.
public struct Tokenizer: TokenSource, Sendable {
    /// The preprocessed input: valid UTF-8 without CR.
    let input: [UInt8]
    /// The index of the next input byte ("the current input character" when not consumed).
    var position = 0
    /// The current state of the state machine.
    var state: State
    /// The spec's return state, used by the character reference states.
    var returnState: State = .data
    /// Whether `<![CDATA[` opens a CDATA section rather than a bogus comment.
    public var allowsCDATA = false

    /// The name of the last start tag emitted, for the appropriate end tag check.
    var lastStartTagName: String?
    /// The spec's temporary buffer (end tag names in text states, double escape detection).
    var temporaryBuffer: [UInt8] = []
    /// The index of the `&` that began the character reference being consumed.
    var characterReferenceStart = 0
    /// The spec's character reference code.
    var characterReferenceCode = 0

    /// Pending text as a range of `input`, while it is one contiguous slice.
    var textStart = 0
    /// The end of the pending text range.
    var textEnd = 0
    /// Pending text once it stopped being one slice of the input.
    var textBuffer: [UInt8] = []
    /// Whether the pending text lives in `textBuffer` rather than `textStart..<textEnd`.
    var textIsBuffered = false

    /// A flushed run of text waiting to be returned by `next()`.
    var readyText: String?
    /// A token waiting to be returned by `next()` after `readyText`.
    var readyToken: Token?
    /// Whether the end-of-file token has been emitted.
    var reachedEnd = false

    /// The tag token being built.
    var tagName: [UInt8] = []
    /// Whether the tag being built is an end tag.
    var tagIsEndTag = false
    /// The self-closing flag of the tag being built.
    var tagSelfClosing = false
    /// The finished attributes of the tag being built.
    var attributes: [Attribute] = []
    /// The names in `attributes`, kept only for tags with many attributes.
    var attributeNameIndex: Set<String> = []
    /// Whether an attribute is being built.
    var hasAttribute = false
    /// The name of the attribute being built.
    var attributeName: [UInt8] = []
    /// The value of the attribute being built.
    var attributeValue: [UInt8] = []

    /// The data of the comment token being built.
    var commentData: [UInt8] = []
    /// The name of the DOCTYPE token being built.
    var doctypeName: [UInt8]?
    /// The public identifier of the DOCTYPE token being built.
    var doctypePublicIdentifier: [UInt8]?
    /// The system identifier of the DOCTYPE token being built.
    var doctypeSystemIdentifier: [UInt8]?
    /// The force-quirks flag of the DOCTYPE token being built.
    var doctypeForceQuirks = false

    /// Creates a tokenizer over `input`, starting in `initialState`.
    ///
    /// `lastStartTag` is the lowercase name of the "last start tag emitted", for fragment parsing
    /// and tests that start inside an element such as `textarea` or `script`.
    public init(_ input: String, initialState: TokenizerState = .data, lastStartTag: String? = nil) {
        self.init(
            preprocessed: Self.preprocess(Array(input.utf8)), initialState: initialState,
            lastStartTag: lastStartTag)
    }

    /// Creates a tokenizer over UTF-8 `bytes`; invalid sequences are decoded as U+FFFD.
    ///
    /// No encoding is sniffed: a leading byte order mark stays in the text as U+FEFF.
    public init(
        bytes: some Sequence<UInt8>, initialState: TokenizerState = .data, lastStartTag: String? = nil
    ) {
        self.init(
            preprocessed: Self.preprocess(Self.repairingUTF8(bytes)), initialState: initialState,
            lastStartTag: lastStartTag)
    }

    /// Creates a tokenizer over already preprocessed, valid UTF-8.
    private init(preprocessed: [UInt8], initialState: TokenizerState, lastStartTag: String?) {
        input = preprocessed
        state = State(initialState)
        lastStartTagName = lastStartTag
    }

    /// The next token; `.endOfFile` at the end, repeatedly.
    public mutating func next() -> Token {
        while true {
            if let text = readyText.take() {
                return .character(text)
            }
            if let token = readyToken.take() {
                return token
            }
            if reachedEnd {
                return .endOfFile
            }
            step()
        }
    }

    /// Switches the state machine to `state`, as a tree builder does after certain start tags.
    public mutating func switchState(to state: TokenizerState) {
        self.state = State(state)
    }
}
