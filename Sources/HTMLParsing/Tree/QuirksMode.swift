/// Deciding quirks mode from the DOCTYPE, as the "initial" insertion mode does.
///
/// Only one parsing rule depends on it: outside quirks mode `<table>` closes an open `<p>`.
enum QuirksMode {
    /// Public identifier prefixes that select quirks mode (lowercased; grouped where the
    /// spec's list shares a prefix).
    private static let publicPrefixes: [String] = [
        "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html",
        "-//metrius//dtd metrius presentational//", "-//microsoft//dtd internet explorer ",
        "-//netscape comm. corp.//dtd html//", "-//netscape comm. corp.//dtd strict html//",
        "-//o'reilly and associates//dtd html ", "-//sq//dtd html 2.0 hotmetal + extensions//",
        "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
        "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
        "-//spyglass//dtd html 2.0 extended//", "-//sun microsystems corp.//dtd hotjava html//",
        "-//sun microsystems corp.//dtd hotjava strict html//", "-//w3c//dtd html 3 1995-03-24//",
        "-//w3c//dtd html 3.2 draft//", "-//w3c//dtd html 3.2 final//", "-//w3c//dtd html 3.2//",
        "-//w3c//dtd html 3.2s draft//", "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental 19960712//",
        "-//w3c//dtd html experimental 970421//", "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html 3.0//",
        "-//webtechs//dtd mozilla html 2.0//", "-//webtechs//dtd mozilla html//",
    ]

    /// Whether `doctype` puts the document in quirks mode.
    static func isQuirks(_ doctype: Doctype) -> Bool {
        if doctype.forceQuirks || doctype.name != "html" { return true }
        let publicID = doctype.publicIdentifier?.lowercased() ?? ""
        let systemID = doctype.systemIdentifier?.lowercased()
        if ["-//w3o//dtd w3 html strict 3.0//en//", "-/w3c/dtd html 4.0 transitional/en", "html"]
            .contains(publicID)
        {
            return true
        }
        if systemID == "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd" { return true }
        if publicPrefixes.contains(where: { publicID.hasPrefix($0) }) { return true }
        if systemID == nil,
            publicID.hasPrefix("-//w3c//dtd html 4.01 frameset//")
                || publicID.hasPrefix("-//w3c//dtd html 4.01 transitional//")
        {
            return true
        }
        return false
    }
}
