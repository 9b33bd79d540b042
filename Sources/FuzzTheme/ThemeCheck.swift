import FuzzSupport
import ReaderCore

/// Parses the input as a theme file and checks it against parsing each line on its own.
///
/// Invariants: every problem names a line that exists (lines end at U+000A, CR LF included);
/// parsing the whole text gives the same styles and the same problem lines as parsing each line
/// alone and merging the results, so a style comes only from a well-formed line and a line's
/// meaning never depends on its neighbours.
enum ThemeCheck {
    /// Runs the check over one input.
    static func run(_ input: [UInt8]) {
        let text = String(decoding: input, as: UTF8.self)
        let (theme, problems) = ThemeParser.parse(text, name: "fuzz")
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        for problem in problems {
            Invariant.require(
                (1...lines.count).contains(problem.line),
                "problem on line \(problem.line) of \(lines.count): \(problem.message)")
        }
        var styles: [String: ThemeStyle] = [:]
        var problemLines: [Int] = []
        for (index, line) in lines.enumerated() {
            let (alone, lineProblems) = ThemeParser.parse(line, name: "fuzz")
            styles.merge(alone.styles) { _, new in new }
            problemLines += lineProblems.map { _ in index + 1 }
        }
        Invariant.require(
            problems.map(\.line) == problemLines,
            "problem lines \(problems.map(\.line)) but line by line \(problemLines)")
        Invariant.require(theme.styles == styles, "styles differ from parsing line by line")
    }
}
