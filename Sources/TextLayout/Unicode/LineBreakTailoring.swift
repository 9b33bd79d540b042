/// Which variant of the Unicode line breaking algorithm to run.
public enum LineBreakTailoring: Hashable, Sendable {
    /// UAX #14 as published, with the number tailoring of its Example 7 (the variant the
    /// official conformance file `LineBreakTest.txt` checks).
    case none
    /// Folio's default for Chinese and Japanese text (CLREQ, JLREQ).
    ///
    /// Adds to `.none`: U+2018 and U+201C open (OP), U+2019 and U+201D close (CL), so a
    /// line never ends with an opening quotation mark nor starts with a closing one, while
    /// a break stays possible between the quotation mark and a Han character; a closing
    /// quotation mark before a letter or digit (the apostrophe of "don’t") never breaks; and
    /// after a space, no break before NS, IN or PO either (UAX #14 already keeps CL, CP, EX,
    /// IS), so `…`, `ー` or `%` never start a line; and the quotation rules LB15a and LB15b
    /// of Unicode 15.1 (« texte » keeps its inner spaces).
    /// UAX #14 itself already keeps closing punctuation (，。、；：？！）」』】〉》), the
    /// ellipsis, small kana, `ー` and `々` (CJ resolved to NS) from starting a line and
    /// opening brackets from ending one, and never breaks inside runs of letters or digits.
    case cjk
}
