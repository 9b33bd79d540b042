import XCTest

@testable import TextLayout
