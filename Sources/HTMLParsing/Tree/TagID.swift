/// The element names the tree construction rules refer to, interned once per tag so that the
/// rules switch on a small integer instead of comparing and hashing strings.
///
/// Any other name is `.other`; the name itself then stays in the node or tag. A `TagID` says
/// nothing about the namespace: callers check that separately, as the rules do.
enum TagID: UInt8, CaseIterable, Sendable {
    case a
    case address
    case annotationXML
    case applet
    case area
    case article
    case aside
    case b
    case base
    case basefont
    case bgsound
    case big
    case blockquote
    case body
    case br
    case button
    case caption
    case center
    case code
    case col
    case colgroup
    case dd
    case desc
    case details
    case dialog
    case dir
    case div
    case dl
    case dt
    case em
    case embed
    case fieldset
    case figcaption
    case figure
    case font
    case footer
    case foreignObject
    case form
    case frame
    case frameset
    case h1
    case h2
    case h3
    case h4
    case h5
    case h6
    case head
    case header
    case hgroup
    case hr
    case html
    case i
    case iframe
    case image
    case img
    case input
    case keygen
    case li
    case link
    case listing
    case main
    case malignmark
    case marquee
    case math
    case menu
    case meta
    case mglyph
    case mi
    case mn
    case mo
    case ms
    case mtext
    case nav
    case nobr
    case noembed
    case noframes
    case noscript
    case object
    case ol
    case optgroup
    case option
    case p
    case param
    case plaintext
    case pre
    case rb
    case rp
    case rt
    case rtc
    case ruby
    case s
    case script
    case search
    case section
    case select
    case selectedcontent
    case small
    case source
    case span
    case strike
    case strong
    case style
    case sub
    case summary
    case sup
    case svg
    case table
    case tbody
    case td
    case template
    case textarea
    case tfoot
    case th
    case thead
    case title
    case tr
    case track
    case tt
    case u
    case ul
    case `var`
    case wbr
    case xmp
    /// A name not listed here.
    case other

    /// The element name this identifier stands for; "" for `.other`.
    var name: String {
        switch self {
        case .a: "a"
        case .address: "address"
        case .annotationXML: "annotation-xml"
        case .applet: "applet"
        case .area: "area"
        case .article: "article"
        case .aside: "aside"
        case .b: "b"
        case .base: "base"
        case .basefont: "basefont"
        case .bgsound: "bgsound"
        case .big: "big"
        case .blockquote: "blockquote"
        case .body: "body"
        case .br: "br"
        case .button: "button"
        case .caption: "caption"
        case .center: "center"
        case .code: "code"
        case .col: "col"
        case .colgroup: "colgroup"
        case .dd: "dd"
        case .desc: "desc"
        case .details: "details"
        case .dialog: "dialog"
        case .dir: "dir"
        case .div: "div"
        case .dl: "dl"
        case .dt: "dt"
        case .em: "em"
        case .embed: "embed"
        case .fieldset: "fieldset"
        case .figcaption: "figcaption"
        case .figure: "figure"
        case .font: "font"
        case .footer: "footer"
        case .foreignObject: "foreignObject"
        case .form: "form"
        case .frame: "frame"
        case .frameset: "frameset"
        case .h1: "h1"
        case .h2: "h2"
        case .h3: "h3"
        case .h4: "h4"
        case .h5: "h5"
        case .h6: "h6"
        case .head: "head"
        case .header: "header"
        case .hgroup: "hgroup"
        case .hr: "hr"
        case .html: "html"
        case .i: "i"
        case .iframe: "iframe"
        case .image: "image"
        case .img: "img"
        case .input: "input"
        case .keygen: "keygen"
        case .li: "li"
        case .link: "link"
        case .listing: "listing"
        case .main: "main"
        case .malignmark: "malignmark"
        case .marquee: "marquee"
        case .math: "math"
        case .menu: "menu"
        case .meta: "meta"
        case .mglyph: "mglyph"
        case .mi: "mi"
        case .mn: "mn"
        case .mo: "mo"
        case .ms: "ms"
        case .mtext: "mtext"
        case .nav: "nav"
        case .nobr: "nobr"
        case .noembed: "noembed"
        case .noframes: "noframes"
        case .noscript: "noscript"
        case .object: "object"
        case .ol: "ol"
        case .optgroup: "optgroup"
        case .option: "option"
        case .p: "p"
        case .param: "param"
        case .plaintext: "plaintext"
        case .pre: "pre"
        case .rb: "rb"
        case .rp: "rp"
        case .rt: "rt"
        case .rtc: "rtc"
        case .ruby: "ruby"
        case .s: "s"
        case .script: "script"
        case .search: "search"
        case .section: "section"
        case .select: "select"
        case .selectedcontent: "selectedcontent"
        case .small: "small"
        case .source: "source"
        case .span: "span"
        case .strike: "strike"
        case .strong: "strong"
        case .style: "style"
        case .sub: "sub"
        case .summary: "summary"
        case .sup: "sup"
        case .svg: "svg"
        case .table: "table"
        case .tbody: "tbody"
        case .td: "td"
        case .template: "template"
        case .textarea: "textarea"
        case .tfoot: "tfoot"
        case .th: "th"
        case .thead: "thead"
        case .title: "title"
        case .tr: "tr"
        case .track: "track"
        case .tt: "tt"
        case .u: "u"
        case .ul: "ul"
        case .`var`: "var"
        case .wbr: "wbr"
        case .xmp: "xmp"
        case .other: ""
        }
    }
}
