import XCTest

@testable import HTMLParsing
