import CCmarkGFM
import Synchronization

/// Renders Markdown bytes to HTML through cmark-gfm with the GFM extensions and options Folio uses.
enum CmarkHTMLRenderer {
    /// The syntax extensions attached to every parser.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Raw HTML kept (Folio's HTML parser sanitises it later), footnotes on, smart punctuation off.
    static let options: Int32 = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES

    /// Registers the core extensions exactly once; Swift runs a static initialiser once, thread-safely.
    private static let registration: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark-gfm is not thread-safe once extensions are attached: attaching them edits a global
    /// table of special inline characters. Every conversion holds this lock (they take
    /// milliseconds), so converting on several threads gives the same HTML as on one.
    private static let lock = Mutex(())

    /// The HTML for `markdown` (UTF-8 bytes), or an empty string if cmark fails to allocate.
    static func render(_ markdown: [UInt8]) -> String {
        lock.withLock { _ in renderUnlocked(markdown) }
    }

    private static func renderUnlocked(_ markdown: [UInt8]) -> String {
        guard registration, let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(document, options, extensions) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
    }
}
