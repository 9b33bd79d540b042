import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sets the C locale so that ncursesw reads and draws UTF-8.
enum LocaleSetup {
    /// UTF-8 locales tried, in order, when the environment's locale is not UTF-8.
    static let fallbacks = ["C.UTF-8", "en_US.UTF-8"]

    /// Takes the locale from the environment, falling back to a UTF-8 one when its codeset is
    /// not UTF-8; returns whether the codeset in force is UTF-8.
    @discardableResult
    static func configure() -> Bool {
        if setlocale(LC_ALL, "") != nil, codesetIsUTF8 { return true }
        for name in fallbacks where setlocale(LC_ALL, name) != nil && codesetIsUTF8 { return true }
        return codesetIsUTF8
    }

    /// Whether the current `LC_CTYPE` codeset is UTF-8.
    static var codesetIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
