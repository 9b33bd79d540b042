import FuzzSupport

#if FOLIO_FUZZING
    /// The function libFuzzer calls with each input.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        TokenizerCheck.run(FuzzDriver.bytes(data, size))
        return 0
    }

    /// The fuzz build's entry point: SwiftPM links an executable target to `<Target>_main`.
    @_cdecl("FuzzTokenizer_main")
    func fuzzTokenizerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?)
        -> Int32
    {
        FuzzDriver.runLibFuzzer(argc: argc, argv: argv, callback: fuzzTestOneInput)
    }
#else
    /// The normal build's entry point: runs the invariants over files, to reproduce a crash.
    @main
    enum Reproducer {
        /// Checks each file named on the command line.
        static func main() {
            FuzzDriver.reproduce(name: "FuzzTokenizer", check: TokenizerCheck.run)
        }
    }
#endif
