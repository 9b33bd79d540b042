/// Where a binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
    /// Anywhere (unless a more specific binding exists).
    case global
    /// The article list has focus.
    case list
    /// The reader has focus.
    case reader
}

/// The one declarative table of keys: it drives dispatch and generates the `?` help screen.
public struct Keymap: Sendable {
    /// One binding.
    public struct Binding: Sendable, Equatable {
        /// What the key does.
        public var command: Command
        /// The keys.
        public var keys: [Key]
        /// Where it applies.
        public var context: KeyContext
        /// The help text.
        public var help: String
    }

    /// The bindings, in help-screen order.
    public private(set) var bindings: [Binding]

    /// Folio's default keys.
    public static let standard = Keymap(bindings: [
        Binding(command: .down, keys: [.character("j"), .down], context: .global, help: "move down a line"),
        Binding(command: .up, keys: [.character("k"), .up], context: .global, help: "move up a line"),
        Binding(command: .pageDown, keys: [.pageDown, .character(" ")], context: .global, help: "page down"),
        Binding(command: .pageUp, keys: [.pageUp, .character("b")], context: .global, help: "page up"),
        Binding(command: .top, keys: [.character("g"), .home], context: .global, help: "go to the top"),
        Binding(command: .bottom, keys: [.character("G"), .end], context: .global, help: "go to the bottom"),
        Binding(command: .open, keys: [.enter], context: .list, help: "open the selected article"),
        Binding(command: .switchFocus, keys: [.tab], context: .list, help: "move focus to the reader"),
        Binding(
            command: .nextLink, keys: [.tab], context: .reader,
            help: "focus the next link on screen (then the list)"),
        Binding(
            command: .previousLink, keys: [.backTab], context: .reader,
            help: "focus the previous link on screen"),
        Binding(
            command: .focusList, keys: [.left, .character("h")], context: .reader,
            help: "move focus to the list"),
        Binding(
            command: .focusReader, keys: [.right, .character("l")], context: .list,
            help: "move focus to the reader"),
        Binding(
            command: .toggleFullReader, keys: [.character("f")], context: .global,
            help: "give the reader the whole screen, and back"),
        Binding(command: .close, keys: [.character("q")], context: .reader, help: "close the reader"),
        Binding(command: .quit, keys: [.character("q")], context: .list, help: "quit"),
        Binding(command: .quit, keys: [.character("Q")], context: .global, help: "quit from anywhere"),
        Binding(
            command: .nextUnread, keys: [.character("n")], context: .global,
            help: "next unread article (next match while searching)"),
        Binding(
            command: .previousUnread, keys: [.character("p")], context: .global,
            help: "previous unread article"),
        Binding(command: .nextArticle, keys: [.character("J")], context: .reader, help: "next article"),
        Binding(
            command: .previousArticle, keys: [.character("K")], context: .reader, help: "previous article"),
        Binding(
            command: .search, keys: [.character("/")], context: .global,
            help: "search as you type in the focused pane"),
        Binding(
            command: .librarySearch, keys: [.character("S")], context: .global,
            help: "search the whole library (Esc: back to the list)"),
        Binding(
            command: .searchPrevious, keys: [.character("N")], context: .global, help: "previous search match"
        ),
        Binding(command: .toggleRead, keys: [.character("r")], context: .global, help: "mark read / unread"),
        Binding(command: .toggleStar, keys: [.character("s")], context: .global, help: "star / unstar"),
        Binding(
            command: .filterCategory, keys: [.character("c")], context: .global,
            help: "filter by category or tag"),
        Binding(
            command: .cycleSort, keys: [.character("o")], context: .global,
            help: "cycle the sort order (date, title, path)"),
        Binding(command: .cycleTheme, keys: [.character("T")], context: .global, help: "cycle color themes"),
        Binding(
            command: .showWarnings, keys: [.character("m")], context: .global,
            help: "show the library's warnings"),
        Binding(
            command: .linkList, keys: [.character("u")], context: .reader,
            help: "list the article's links (y copies a URL)"),
        Binding(
            command: .openImage, keys: [.character("i")], context: .reader,
            help: "i, a number, Enter: open that image"),
        Binding(command: .help, keys: [.character("?"), .function(1)], context: .global, help: "this help"),
        Binding(command: .redraw, keys: [.control("l")], context: .global, help: "redraw the screen"),
        Binding(command: .suspend, keys: [.control("z")], context: .global, help: "suspend to the shell"),
        Binding(
            command: .cancel, keys: [.escape], context: .global,
            help: "cancel, clear the search or the filter"),
    ])

    /// The command for `key` in `context`: a binding of that context first, then a global one.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return binding.command
        }
        return bindings.first { $0.context == .global && $0.keys.contains(key) }?.command
    }

    /// Binds `key` to `command` everywhere, replacing what `key` did before.
    public mutating func bind(_ key: Key, to command: Command) {
        for index in bindings.indices { bindings[index].keys.removeAll { $0 == key } }
        if let index = bindings.firstIndex(where: { $0.command == command }) {
            bindings[index].keys.insert(key, at: 0)
            bindings[index].context = .global
        } else {
            bindings.append(Binding(command: command, keys: [key], context: .global, help: command.rawValue))
        }
    }

    /// The help screen's lines: keys, context and what they do, one binding a line.
    public var helpLines: [(keys: String, context: KeyContext, help: String)] {
        bindings.filter { !$0.keys.isEmpty }.map { binding in
            (binding.keys.map(KeyName.name).joined(separator: " "), binding.context, binding.help)
        }
    }
}
