/// A stretch of lines and how it reaches the HTML output.
enum PlanSegment: Equatable {
    /// Lines given to cmark.
    case markdown(Range<Int>)
    /// Lines shown as one paragraph of escaped plain text, in place.
    case plainParagraph(Range<Int>)
    /// The rest of the document, shown as escaped plain paragraphs after cmark's output.
    case plainTail(Range<Int>)
}
