/// A problem in a front matter, with the file line it is on when known.
struct FrontMatterProblem: Equatable {
    var line: Int?
    var message: String
}

/// What a front-matter reader produced: the fields it could read and what went wrong.
struct FrontMatterResult {
    var fields = FrontMatterFields()
    var problems: [FrontMatterProblem] = []
}
