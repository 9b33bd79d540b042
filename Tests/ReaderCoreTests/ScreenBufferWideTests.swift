import ReaderCore
import XCTest

/// Drawing over half of a wide character leaves a space, never half a character.
final class ScreenBufferWideTests: XCTestCase {
    func testDrawingOverEitherHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 8, height: 2)
        buffer.draw("地铁新线", row: 0, column: 0, style: .plain)
        buffer.draw("│", row: 0, column: 1, style: .role("overlay"))
        buffer.draw("x", row: 0, column: 4, style: .plain)
        XCTAssertEqual(buffer.text(row: 0), " │铁x 线")
        XCTAssertFalse(buffer[0, 0].isContinuation)
        XCTAssertFalse(buffer[0, 5].isContinuation)

        buffer.draw("東京", row: 1, column: 0, style: .plain)
        buffer.draw("都", row: 1, column: 1, style: .plain)
        XCTAssertEqual(buffer.text(row: 1), " 都     ")
        buffer.fill(row: 1, column: 2, width: 1, height: 1, style: .plain)
        XCTAssertEqual(buffer.text(row: 1), "        ")
        XCTAssertFalse((0..<8).contains { buffer[1, $0].isContinuation })
    }
}
