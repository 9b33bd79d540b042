import ArticleLibrary
import TextLayout

/// Opening, closing, stepping through and marking articles.
extension ReaderState {
    mutating func openSelected() -> [Effect] {
        guard let article = selectedArticle else {
            message = ("no article selected", false)
            return []
        }
        return savePosition() + [.loadArticle(path: article.path)] + beginLoading(article.path)
    }

    private mutating func beginLoading(_ path: String) -> [Effect] {
        loading = path
        focus = .reader
        return []
    }

    /// The loop read the article the state asked for: lay it out and show it.
    public mutating func articleLoaded(_ parsed: ArticleParser.Parsed) -> [Effect] {
        let body = ArticleBody.make(parsed)
        return articleLoaded(
            parsed, body: body, rendered: RenderedArticle.render(parsed, width: readerWidth, body: body))
    }

    /// The loop read and laid out the article the state asked for (on another thread): show it,
    /// laying it out again if the reader's width changed meanwhile. A load the user has since
    /// moved away from is ignored.
    public mutating func articleLoaded(
        _ parsed: ArticleParser.Parsed, body: ArticleBody, rendered: RenderedArticle
    ) -> [Effect] {
        guard loading == parsed.article.path else { return [] }
        loading = nil
        let article = articles.first { $0.path == parsed.article.path } ?? parsed.article
        let rendered =
            rendered.document.width == readerWidth
            ? rendered : RenderedArticle.render(parsed, width: readerWidth, body: body)
        var opened = OpenArticle(article: article, parsed: parsed, body: body, rendered: rendered)
        if let position = marks.positions[article.path] {
            opened.top = position.topLine(width: readerWidth, lineCount: rendered.document.lines.count)
        }
        open = opened
        let clampedTop = max(0, min(maximumTop, opened.top))
        open?.top = clampedTop
        focus = .reader
        if search?.pane == .reader { search = nil }
        if let row = rows.firstIndex(where: { articles[$0].path == article.path }) {
            selected = row
            keepSelectionVisible()
        }
        var effects: [Effect] = []
        if !marks.read.contains(article.path) {
            setRead(article.path, true)
            effects.append(.saveMark(.read(path: article.path, true)))
        }
        if let notice = rendered.notices.first { message = (notice, false) }
        return effects
    }

    /// The loop could not read the article.
    public mutating func articleFailed(path: String, reason: String) {
        if loading == path { loading = nil }
        if open == nil { focus = .list }
        message = ("cannot open \(path): \(reason)", true)
    }

    mutating func closeArticle() -> [Effect] {
        let effects = savePosition()
        open = nil
        loading = nil
        fullReader = false
        focus = .list
        if search?.pane == .reader { search = nil }
        keepSelectionVisible()
        return effects
    }

    /// Remembers where the open article was read to.
    mutating func savePosition() -> [Effect] {
        guard let open else { return [] }
        let position = ReadingPosition(
            line: open.top, width: open.rendered.document.width, lineCount: open.rendered.document.lines.count
        )
        guard marks.positions[open.article.path] != position else { return [] }
        if position.isAtTop && marks.positions[open.article.path] == nil { return [] }
        marks.positions[open.article.path] = position
        return [.saveMark(.position(path: open.article.path, position))]
    }

    /// Lays the open article out again at the reader's width, keeping the reading position.
    mutating func relayout() {
        guard var article = open else { return }
        let oldCount = max(1, article.rendered.document.lines.count)
        let fraction = Double(article.top) / Double(oldCount)
        if article.rendered.document.width != readerWidth {
            article.rendered = RenderedArticle.render(article.parsed, width: readerWidth, body: article.body)
            article.top = Int((fraction * Double(article.rendered.document.lines.count)).rounded())
            article.focusedLink = nil
        }
        open = article
        let clampedTop = max(0, min(maximumTop, article.top))
        open?.top = clampedTop
        if search?.pane == .reader { updateReaderMatches(jump: false) }
    }

    mutating func stepArticle(_ delta: Int) -> [Effect] {
        guard !rows.isEmpty else { return [] }
        let target = selected + delta
        guard rows.indices.contains(target) else {
            message = (delta > 0 ? "this is the last article" : "this is the first article", false)
            return []
        }
        let effects = savePosition()
        selected = target
        keepSelectionVisible()
        return effects + [.loadArticle(path: articles[rows[target]].path)]
            + beginLoading(articles[rows[target]].path)
    }

    mutating func stepUnread(forward: Bool) -> [Effect] {
        guard !rows.isEmpty else { return [] }
        let unread = { (row: Int) in !marks.read.contains(articles[rows[row]].path) }
        let target =
            forward
            ? rows.indices[(selected + 1)...].first(where: unread)
            : rows.indices[..<selected].last(where: unread)
        guard let target else {
            message = ("no \(forward ? "next" : "previous") unread article", false)
            return []
        }
        if focus == .reader, open != nil {
            return stepArticle(target - selected)
        }
        selected = target
        keepSelectionVisible()
        return []
    }

    /// The article `r` and `s` act on: the open one in the reader, else the selected one.
    var markTarget: Article? {
        focus == .reader ? open?.article ?? selectedArticle : selectedArticle
    }

    mutating func toggleRead() -> [Effect] {
        guard let path = markTarget?.path else { return [] }
        let value = !marks.read.contains(path)
        setRead(path, value)
        message = (value ? "marked read" : "marked unread", false)
        return [.saveMark(.read(path: path, value))]
    }

    mutating func toggleStar() -> [Effect] {
        guard let path = markTarget?.path else { return [] }
        let value = !marks.starred.contains(path)
        marks.apply(.starred(path: path, value))
        message = (value ? "starred" : "unstarred", false)
        return [.saveMark(.starred(path: path, value))]
    }
}
