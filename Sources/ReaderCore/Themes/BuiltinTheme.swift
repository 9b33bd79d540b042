/// The theme used when no theme file can be found: attributes only, like `mono`.
public enum BuiltinTheme {
    /// The built-in theme.
    public static let theme: Theme = {
        let text = """
            h1 - - bold underline
            h2 - - bold
            h3 - - bold
            strong - - bold
            em - - italic
            u - - underline
            link - - underline
            mark - - reverse
            dim - - dim
            title - - reverse bold
            status - - reverse
            status.error - - reverse bold
            list.unread - - bold
            list.focus - - reverse
            search.match - - reverse
            link.focus - - reverse
            """
        return ThemeParser.parse(text, name: "built-in").0
    }()
}
