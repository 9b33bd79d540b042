/// Decides which lines cmark may convert within ``MarkdownLimits``, and which are plain text.
struct ConversionPlanner {
    /// The whole source as UTF-8.
    let bytes: [UInt8]
    /// The source's lines.
    let lines: [SourceLine]
    /// The bounds to keep.
    let limits: MarkdownLimits
    /// The 1-based source line number of each line, for notices.
    let lineNumber: (Int) -> Int

    private struct Budget {
        var units = 0
        var htmlSteps = 0
    }

    /// The plan for the whole document.
    func plan() -> ConversionPlan {
        var plan = ConversionPlan()
        var tracker = BlockTracker()
        var budget = Budget()
        var runStart: Int?
        var runUnits = 0
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.end > limits.maxDocumentBytes {
                if let start = runStart, !flush(start..<index, runUnits, &budget, into: &plan) { return plan }
                plan.segments.append(.plainTail(index..<lines.count))
                plan.notices.append(Notices.documentTooLarge(bytes: bytes.count, fromLine: lineNumber(index)))
                return plan
            }
            let view = LineView(bytes: bytes, line: line)
            switch tracker.classify(view) {
            case .blank, .fencedCode, .html:
                if let start = runStart {
                    guard flush(start..<index, runUnits, &budget, into: &plan) else { return plan }
                    runStart = nil
                    runUnits = 0
                }
                plan.appendMarkdown(index)
            case .inline, .indentedCode:
                let (units, pipes) = InlineCost.units(of: view)
                if line.count > limits.maxInlineLineBytes || pipes > limits.maxPipesPerLine {
                    if let start = runStart {
                        guard flush(start..<index, runUnits, &budget, into: &plan) else { return plan }
                        runStart = nil
                        runUnits = 0
                    }
                    plan.segments.append(.plainParagraph(index..<index + 1))
                    plan.notices.append(
                        line.count > limits.maxInlineLineBytes
                            ? Notices.longLine(lineNumber(index), characters: characterCount(line))
                            : Notices.wideTableRow(lineNumber(index), pipes: pipes))
                } else {
                    if runStart == nil { runStart = index }
                    runUnits += units
                }
            }
            index += 1
        }
        if let start = runStart { _ = flush(start..<lines.count, runUnits, &budget, into: &plan) }
        return plan
    }

    /// Adds the inline run `run` to the plan; false when the budget ran out and the plan ended.
    private func flush(
        _ run: Range<Int>, _ units: Int, _ budget: inout Budget, into plan: inout ConversionPlan
    ) -> Bool {
        let steps = InlineCost.htmlScanSteps(
            bytes, in: lines[run.lowerBound].start..<lines[run.upperBound - 1].end)
        if budget.htmlSteps + steps > limits.htmlScanBudget {
            plan.segments.append(.plainParagraph(run))
            plan.notices.append(
                Notices.unclosedHTML(from: lineNumber(run.lowerBound), to: lineNumber(run.upperBound - 1)))
            return true
        }
        if budget.units + units > limits.inlineBudget {
            plan.segments.append(.plainTail(run.lowerBound..<lines.count))
            plan.notices.append(Notices.budgetExhausted(fromLine: lineNumber(run.lowerBound)))
            return false
        }
        budget.htmlSteps += steps
        budget.units += units
        plan.appendMarkdown(run)
        return true
    }

    private func characterCount(_ line: SourceLine) -> Int {
        var count = 0
        for index in line.start..<line.end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
