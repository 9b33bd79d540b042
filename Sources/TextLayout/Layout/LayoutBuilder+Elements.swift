import HTMLParsing

/// What each element does on the way in and out.
extension LayoutBuilder {
    /// Handles entering `id`; says whether to skip its children.
    mutating func enter(_ id: NodeID) -> WalkAction {
        // Fields one by one: a whole `Node` would copy its name, attributes and text.
        guard document.nodes[id.index].kind == .element else {
            frames.append(.transparent)
            return .proceed
        }
        let namespace = document.nodes[id.index].namespace
        if namespace == .svg {
            frames.append(.hidden)
            return .skipChildren
        }
        if namespace != .html {
            frames.append(.transparent)
            return .proceed
        }
        let name = document.nodes[id.index].name
        if table != nil {
            if let frame = enterTablePart(name, id: id) {
                frames.append(frame)
                return .proceed
            }
            if LayoutBuilder.breaksLineInCell(name) {
                collect { $0.lineBreak(style: []) }
                frames.append(.transparent)
                return .proceed
            }
        }
        if preDepth > 0, LayoutBuilder.breaksLineInCell(name),
            !LayoutBuilder.preformattedNames.contains(name)
        {
            suspendPreformatting()
        }
        if let handled = enterSpecial(name, id: id) {
            return handled
        }
        switch ElementKind.of(name) {
        case .hidden:
            frames.append(.hidden)
            return .skipChildren
        case .inline(let extra):
            pushStyle(isTemplateRemnant(id) ? .dim : extra)
            frames.append(.inlineStyle)
        case .block(let margin):
            enterBlock(id, name: name, margin: margin)
        case .transparent:
            if name == "span", isTemplateRemnant(id) {
                pushStyle(.dim)
                frames.append(.inlineStyle)
            } else {
                frames.append(.transparent)
            }
        }
        return .proceed
    }

    private func isTemplateRemnant(_ id: NodeID) -> Bool {
        document.attribute("class", of: id).map { ASCIISearch.contains($0, "folio-template") } == true
    }

    /// Block elements that, inside a table cell, only start a new line of the cell.
    static func breaksLineInCell(_ name: String) -> Bool {
        if case .block = ElementKind.of(name) { return true }
        return ["blockquote", "ul", "ol", "menu", "dir", "li", "pre", "listing", "xmp", "plaintext", "hr"]
            .contains(name)
    }

    private mutating func enterBlock(_ id: NodeID, name: String, margin: Bool) {
        let centered = isCentered(id, name: name)
        let extra: SpanStyle? =
            name == "dt" ? .strong : name == "figcaption" || name == "caption" ? .caption : nil
        if margin { gap() } else { flush() }
        if centered { centerDepth += 1 }
        if let extra { pushStyle(extra) }
        if name == "dd" {
            prefixes.append(.indent(4))
            frames.append(.indent)
            return
        }
        frames.append(.block(margin: margin, centered: centered, style: extra != nil))
    }

    private func isCentered(_ id: NodeID, name: String) -> Bool {
        if name == "center" { return true }
        if let align = document.attribute("align", of: id), align.utf8.count == 6,
            align.lowercased() == "center"
        {
            return true
        }
        guard let style = document.attribute("style", of: id) else { return false }
        if let answer = Self.declaresCenteredText(asciiStyle: style) { return answer }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("text-align:center")
    }

    /// Whether an ASCII `style` attribute holds `text-align:center`, ignoring case and
    /// whitespace; nil when it holds other bytes (then Unicode case and spaces apply).
    static func declaresCenteredText(asciiStyle style: String) -> Bool? {
        let pattern = Array("text-align:center".utf8)
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x41...0x5A: compact.append(byte | 0x20)
            default: compact.append(byte)
            }
        }
        guard compact.count >= pattern.count else { return false }
        return (0...(compact.count - pattern.count)).contains { start in
            compact[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    /// Elements with their own handling; nil when `name` is not one of them.
    private mutating func enterSpecial(_ name: String, id: NodeID) -> WalkAction? {
        // One hash instead of comparing most elements (p, span, div…) with every case below.
        guard LayoutBuilder.specialNames.contains(name) else { return nil }
        switch name {
        case "a":
            enterLink(id)
        case "img", "image":
            image(id)
            frames.append(.transparent)
            return .skipChildren
        case "iframe", "video", "audio", "embed", "object":
            media(id, kind: name)
            frames.append(.transparent)  // fallback content, if any, is shown after the placeholder
        case "input":
            if document.attribute("type", of: id)?.lowercased() == "checkbox" {
                verbatim(document.attribute("checked", of: id) != nil ? "[x] " : "[ ] ")
            }
            frames.append(.hidden)
            return .skipChildren
        case "sup", "sub":
            let content = LayoutBuilder.collapsed(document.textContent(of: id))
            guard let script = ScriptText.converted(content, superscript: name == "sup") else { return nil }
            text(script)
            frames.append(.transparent)
            return .skipChildren
        case "br":
            collect { $0.lineBreak(style: []) }
            frames.append(.transparent)
        case "hr":
            enterRule()
        case "q":
            verbatim("“")
            frames.append(.quotation)
        case "blockquote":
            gap()
            prefixes.append(PrefixLevel(StyledLine([StyledSpan("│ ", style: .quoteBar)])))
            pushStyle(.quote)
            frames.append(.quote)
        case "ul", "ol", "menu", "dir":
            enterList(id, ordered: name == "ol")
        case "li":
            enterItem(id)
        case _ where LayoutBuilder.preformattedNames.contains(name):
            gap()
            preDepth += 1
            pushStyle(.code)
            frames.append(.pre)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(name.dropFirst())) ?? 3
            gap()
            if isCentered(id, name: name) { centerDepth += 1 }
            pushStyle(level == 1 ? .heading1 : level == 2 ? .heading2 : .heading3)
            frames.append(.heading(level))
        case "table":
            gap()
            table = TableBuilder()
            tableDepth = 1
            frames.append(.table)
        default:
            return nil
        }
        return .proceed
    }

    static let preformattedNames: Set<String> = ["pre", "listing", "xmp", "plaintext"]

    /// Every name `enterSpecial` handles.
    static let specialNames: Set<String> = preformattedNames.union([
        "a", "img", "image", "iframe", "video", "audio", "embed", "object", "input", "sup", "sub", "br", "hr",
        "q", "blockquote", "ul", "ol", "menu", "dir", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    ])

    /// A block inside `pre` (feeds that wrap a whole article in `<pre>`) is laid out as
    /// normal text: the preformatting is suspended until the block closes.
    private mutating func suspendPreformatting() {
        flush()
        suspendedPre.append((frame: frames.count, depth: preDepth))
        preDepth = 0
        styles.append([])
    }

    private mutating func resumePreformattingIfSuspended() {
        guard let last = suspendedPre.last, last.frame == frames.count else { return }
        flush()
        suspendedPre.removeLast()
        preDepth = last.depth
        popStyle()
    }

    private mutating func enterRule() {
        gap()
        emitLine(
            StyledLine([StyledSpan(String(repeating: "─", count: availableWidth), style: .rule)]),
            blank: false)
        gap()
        frames.append(.transparent)
    }

    /// Handles leaving `id`: undoes what entering it did.
    mutating func exit(_ id: NodeID) {
        guard let frame = frames.popLast() else { return }
        defer { resumePreformattingIfSuspended() }
        switch frame {
        case .transparent, .hidden:
            break
        case .inlineStyle:
            popStyle()
        case .block(let margin, let centered, let styled):
            if margin { gap() } else { flush() }
            if centered { centerDepth -= 1 }
            if styled { popStyle() }
        case .link(let link):
            exitLink(link)
        case .quote:
            flush()
            prefixes.removeLast()
            popStyle()
            gap()
        case .list(let topLevel):
            flush()
            lists.removeLast()
            if topLevel { gap() }
        case .item:
            exitItem()
        case .indent:
            flush()
            prefixes.removeLast()
        case .pre:
            flush()
            preDepth -= 1
            popStyle()
            gap()
        case .heading(let level):
            exitHeading(level, centered: isCentered(id, name: "h\(level)"))
        case .quotation:
            verbatim("”")
        case .table:
            exitTable()
        case .nestedTable, .tableRow, .tableCell, .tableCaption, .tableSection:
            exitTablePart(frame)
        }
    }

    private mutating func exitHeading(_ level: Int, centered: Bool) {
        let content = inline.take()
        let wrapped = wrapper.wrap(content, width: availableWidth, measuringWith: metrics)
        emit(wrapped)
        if level <= 2, let widest = wrapped.map(\.width).max(), widest > 0 {
            let rule = String(repeating: level == 1 ? "=" : "-", count: widest)
            emit([StyledLine([StyledSpan(rule, style: .headingRule)])])
        }
        if centered { centerDepth -= 1 }
        popStyle()
        gap()
    }
}
