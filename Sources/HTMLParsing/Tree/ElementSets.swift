/// Sets of HTML element names (as `TagID`s) that the tree construction rules refer to.
enum ElementSets {
    /// The spec's "special" category (HTML namespace part). `select` is no longer special
    /// since the customizable-select change.
    static let special: TagSet = [
        .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound,
        .blockquote, .body, .br, .button, .caption, .center, .col, .colgroup, .dd,
        .details, .dir, .div, .dl, .dt, .embed, .fieldset, .figcaption, .figure,
        .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head,
        .header, .hgroup, .hr, .html, .iframe, .img, .input, .keygen, .li, .link,
        .listing, .main, .marquee, .menu, .meta, .nav, .noembed, .noframes, .noscript,
        .object, .ol, .p, .param, .plaintext, .pre, .script, .search, .section,
        .source, .style, .summary, .table, .tbody, .td, .template, .textarea, .tfoot,
        .th, .thead, .title, .tr, .track, .ul, .wbr, .xmp,
    ]

    /// Formatting elements tracked in the list of active formatting elements.
    static let formatting: TagSet = [
        .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong,
        .tt, .u,
    ]

    /// Elements whose end tags "generate implied end tags" closes.
    static let impliedEnd: TagSet = [
        .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc,
    ]

    /// Elements closed by "generate all implied end tags thoroughly".
    static let impliedEndThorough: TagSet = impliedEnd.union([
        .caption, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr,
    ])

    /// Start tags that close an open `<p>` and open a block.
    static let closesParagraph: TagSet = [
        .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div,
        .dl, .fieldset, .figcaption, .figure, .footer, .header, .hgroup, .main, .menu,
        .nav, .ol, .p, .search, .section, .summary, .ul,
    ]

    /// End tags of block elements handled by "generate implied end tags, pop until".
    static let blockEnd: TagSet = [
        .address, .article, .aside, .blockquote, .button, .center, .details, .dialog,
        .dir, .div, .dl, .fieldset, .figcaption, .figure, .footer, .header, .hgroup,
        .listing, .main, .menu, .nav, .ol, .pre, .search, .section, .summary, .ul,
    ]

    /// The heading elements.
    static let headings: TagSet = [.h1, .h2, .h3, .h4, .h5, .h6]

    /// Start tags in body handled with the in-head rules.
    static let headContent: TagSet = [
        .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template,
        .title,
    ]

    /// Table-structure tags that in-body rules ignore.
    static let tableParts: TagSet = [
        .caption, .col, .colgroup, .frame, .head, .tbody, .td, .tfoot, .th, .thead, .tr,
    ]

    /// Elements whose current node makes character tokens go through "in table text".
    static let tableTextTargets: TagSet = [.table, .tbody, .template, .tfoot, .thead, .tr]

    /// Start tags that break out of SVG or MathML content.
    static let foreignBreakout: TagSet = [
        .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em,
        .embed, .h1, .h2, .h3, .h4, .h5, .h6, .head, .hr, .i, .img, .li, .listing,
        .menu, .meta, .nobr, .ol, .p, .pre, .ruby, .s, .small, .span, .strong,
        .strike, .sub, .sup, .table, .tt, .u, .ul, .`var`,
    ]

    /// HTML elements that bound every kind of scope.
    static let scopeBoundaries: TagSet = [
        .applet, .caption, .html, .table, .td, .th, .marquee, .object, .template,
    ]

    /// MathML elements that are text integration points.
    static let mathMLTextIntegrationPoints: TagSet = [.mi, .mo, .mn, .ms, .mtext]

    /// SVG elements that are HTML integration points.
    static let svgHTMLIntegrationPoints: TagSet = [.foreignObject, .desc, .title]
}
