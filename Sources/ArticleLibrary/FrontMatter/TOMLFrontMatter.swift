import Foundation

/// Reads the TOML that front matter uses: `key = value` with strings, arrays, dates,
/// numbers and booleans, `[table]` headers (their keys become `table.key`) and comments.
///
/// Values are kept as the text written (a bare date stays `2022-02-22T10:00:00+08:00`).
/// Full TOML (inline tables, multi-line strings across many keys) is not needed by any
/// library seen, and an unreadable line is reported with its number and skipped.
enum TOMLFrontMatter {
    static func parse(_ block: Substring, firstLine: Int) -> FrontMatterResult {
        var result = FrontMatterResult()
        var table = ""
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let lineNumber = firstLine + index
            var line = String(lines[index]).trimmingCharacters(in: .whitespaces)
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                table = name.isEmpty ? "" : name + "."
                continue
            }
            guard let equals = TOMLScanner.indexOfTopLevelEquals(line) else {
                result.problems.append(
                    FrontMatterProblem(line: lineNumber, message: "bad TOML line: expected key = value"))
                continue
            }
            let key = TOMLScanner.unquoteKey(String(line[..<equals]).trimmingCharacters(in: .whitespaces))
            var raw = String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            // An array may continue over several lines until its brackets balance.
            while raw.hasPrefix("["), !TOMLScanner.bracketsBalance(raw), index < lines.count {
                line = String(lines[index]).trimmingCharacters(in: .whitespaces)
                index += 1
                raw += " " + line
            }
            guard let value = TOMLScanner.value(raw) else {
                result.problems.append(
                    FrontMatterProblem(line: lineNumber, message: "bad TOML value for \(key)"))
                continue
            }
            result.fields.add(table + key, value)
        }
        return result
    }
}
