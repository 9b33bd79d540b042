import XCTest

@testable import MarkdownConversion
