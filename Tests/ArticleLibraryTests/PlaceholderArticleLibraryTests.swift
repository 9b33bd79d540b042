import XCTest

@testable import ArticleLibrary
