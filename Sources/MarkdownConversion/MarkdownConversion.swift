import CCmarkGFM

/// MarkdownConversion turns Markdown bodies into HTML with cmark-gfm.
public enum MarkdownConversion {}
