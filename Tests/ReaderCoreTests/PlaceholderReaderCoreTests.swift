import XCTest

@testable import ReaderCore
