import Yams

/// Reads YAML front matter with Yams, keeping every scalar as the text written.
///
/// Yams's untyped API turns `2022-02-22 12:29:19` into a date, `010` into 8 and `yes` into
/// true; the node API used here does not. When the YAML is broken, a line-based reading
/// recovers the simple `key: value` pairs so the article is still listed.
enum YAMLFrontMatter {
    /// Front matter larger than this is not handed to the YAML parser.
    static let maxBytes = 256 * 1024
    /// How many nodes a nested value may expand to when flattened to text (alias bombs).
    static let flattenBudget = 2_000

    static func parse(_ block: Substring, firstLine: Int) -> FrontMatterResult {
        var result = FrontMatterResult()
        guard block.utf8.count <= maxBytes else {
            result.problems.append(
                FrontMatterProblem(
                    line: firstLine, message: "front matter larger than 256 KiB; read leniently"))
            result.fields = LenientKeyValues.parse(block)
            return result
        }
        // Aliases let a few lines stand for billions of nodes, and Yams hashes mapping keys while
        // composing (an aliased key is walked whole). Article front matter never needs them, so
        // YAML that defines anchors and uses aliases is read line by line instead.
        if YAMLAliasScreen.definesAnchorsAndUsesAliases(block) {
            result.problems.append(
                FrontMatterProblem(
                    line: firstLine,
                    message: "YAML anchors and aliases are not supported; read as plain key: value lines"))
            result.fields = LenientKeyValues.parse(block)
            return result
        }
        let node: Node?
        do {
            // The encoding named: Yams reads the whole environment to pick a default on every call.
            node = try Yams.compose(yaml: String(block), .default, .default, .utf8)
        } catch let error as YamlError {
            let (line, reason) = describe(error, in: block)
            result.problems.append(
                FrontMatterProblem(
                    line: line.map { $0 + firstLine - 1 }, message: "bad YAML front matter: \(reason)"))
            result.fields = LenientKeyValues.parse(block)
            return result
        } catch {
            result.problems.append(
                FrontMatterProblem(line: firstLine, message: "bad YAML front matter: \(error)"))
            result.fields = LenientKeyValues.parse(block)
            return result
        }
        guard let node else { return result }
        guard case .mapping(let mapping) = node else {
            result.problems.append(
                FrontMatterProblem(
                    line: firstLine, message: "YAML front matter is not a list of key: value pairs"))
            return result
        }
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let key) = keyNode else { continue }
            if let value = value(of: valueNode) { result.fields.add(key.string, value) }
        }
        return result
    }

    private static func value(of node: Node) -> FrontMatterValue? {
        switch node {
        case .scalar(let scalar):
            return .text(scalar.string)
        case .sequence(let sequence):
            var budget = flattenBudget
            return .list(sequence.map { flatten($0, budget: &budget) }.filter { !$0.isEmpty })
        case .mapping:
            var budget = flattenBudget
            return .text(flatten(node, budget: &budget))
        case .alias:
            return nil
        }
    }

    /// A nested value as one line of text, visiting at most `budget` nodes.
    private static func flatten(_ node: Node, budget: inout Int) -> String {
        guard budget > 0 else { return "…" }
        budget -= 1
        switch node {
        case .scalar(let scalar):
            return scalar.string
        case .sequence(let sequence):
            var parts: [String] = []
            for item in sequence {
                guard budget > 0 else { break }
                parts.append(flatten(item, budget: &budget))
            }
            return parts.joined(separator: ", ")
        case .mapping(let mapping):
            var parts: [String] = []
            for (key, value) in mapping {
                guard budget > 0 else { break }
                parts.append("\(flatten(key, budget: &budget)): \(flatten(value, budget: &budget))")
            }
            return parts.joined(separator: ", ")
        case .alias:
            return ""
        }
    }

    /// The 1-based line within the block and a short reason, from a Yams error. Where the
    /// error has a context ("while parsing a flow sequence"), its start is the line to show.
    private static func describe(_ error: YamlError, in block: Substring) -> (Int?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(
                separator: ", ")
            return (context?.mark.line ?? mark.line, text)
        case .reader(let problem, let offset, _, _):
            let line = offset.map { offset in
                block.unicodeScalars.prefix(offset).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            }
            return (line, problem)
        case .duplicatedKeysInMapping(let duplicates, _):
            return (nil, "duplicated keys \(duplicates.joined(separator: ", "))")
        default:
            return (nil, "\(error)")
        }
    }
}
