/// Estimates of the work cmark-gfm 0.29.0.gfm.6 does on inline text, measured on this build.
enum InlineCost {
    /// Work units of one inline line: a unit a byte, 11 more for each `@` (the autolink
    /// extension's e-mail scan costs about 6 µs each), and the `|` count squared over 128 (table
    /// rows cost time quadratic in their cells).
    static func units(of view: LineView) -> (units: Int, pipes: Int) {
        var ats = 0
        var pipes = 0
        for index in view.line.start..<view.line.end {
            switch view.bytes[index] {
            case ASCII.at: ats += 1
            case ASCII.pipe: pipes += 1
            default: break
            }
        }
        return (view.line.count + 11 * ats + pipes * pipes / 128, pipes)
    }

    /// The bytes cmark's raw-HTML scanner steps over in `bytes[range]`: each `<?`, `<!` + letter
    /// and `<![CDATA[` scans to its end marker (`?>`, `>`, `]]>`) or, without one, to the end of
    /// the paragraph, so unclosed openers cost time quadratic in the paragraph's length.
    static func htmlScanSteps(_ bytes: [UInt8], in range: Range<Int>) -> Int {
        var steps = 0
        var nextInstructionEnd = range.upperBound
        var nextGreaterThan = range.upperBound
        var nextCDATAEnd = range.upperBound
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            let byte = bytes[index]
            if byte == ASCII.lessThan, index + 1 < range.upperBound {
                let following = bytes[index + 1]
                if following == ASCII.question {
                    steps += nextInstructionEnd - index
                } else if following == ASCII.exclamation, index + 2 < range.upperBound {
                    let third = bytes[index + 2]
                    if ASCII.isLetter(third) {
                        steps += nextGreaterThan - index
                    } else if third == ASCII.leftBracket {
                        steps += nextCDATAEnd - index
                    }
                }
            } else if byte == ASCII.greaterThan {
                nextGreaterThan = index
            } else if byte == ASCII.question, index + 1 < range.upperBound,
                bytes[index + 1] == ASCII.greaterThan
            {
                nextInstructionEnd = index
            } else if byte == ASCII.rightBracket, index + 2 < range.upperBound,
                bytes[index + 1] == ASCII.rightBracket,
                bytes[index + 2] == ASCII.greaterThan
            {
                nextCDATAEnd = index
            }
        }
        return steps
    }
}
