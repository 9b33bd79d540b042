#if FOLIO_FUZZING
    /// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func llvmFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: FuzzDriver.Callback
    ) -> Int32

    /// Handing control to libFuzzer (fuzz builds only, `-DFOLIO_FUZZING`).
    extension FuzzDriver {
        /// Runs libFuzzer with the process's arguments and `callback` as the test function.
        public static func runLibFuzzer(
            argc: Int32, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, callback: Callback
        ) -> Int32 {
            var count = argc
            var vector = argv
            return llvmFuzzerRunDriver(&count, &vector, callback)
        }
    }
#endif
