import Foundation

/// Runs a fuzz check either under libFuzzer or, in a normal build, over files named on the
/// command line (to reproduce a crash: `FuzzLayout fuzz-crashes/FuzzLayout/crash-…`).
public enum FuzzDriver {
    /// The C signature libFuzzer calls for each input.
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Copies libFuzzer's input into an array (an empty input may come with a nil pointer).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Runs `check` over every file given as an argument and reports each one; exits 2 on usage errors.
    public static func reproduce(name: String, check: ([UInt8]) -> Void) {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            print("usage: \(name) FILE...   (runs the \(name) invariants over each file)")
            print("This is the normal build; `scripts/fuzz` builds the libFuzzer version.")
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(name): cannot read \(path)")
                exit(2)
            }
            check([UInt8](data))
            print("\(name): \(path): \(data.count) bytes, invariants hold")
        }
    }
}
