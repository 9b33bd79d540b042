/// Hands out curses color pair numbers for foreground/background combinations, on demand.
///
/// Pair 0 is fixed by curses (the terminal default under `use_default_colors`); the table
/// knows which combination it shows and numbers the others from 1 up to `capacity - 1`.
public struct ColorPairTable: Hashable, Sendable {
    /// A foreground/background combination (curses color numbers, -1 for default).
    public struct Colors: Hashable, Sendable {
        /// Foreground.
        public var foreground: Int32
        /// Background.
        public var background: Int32

        /// Creates a combination.
        public init(foreground: Int32, background: Int32) {
            self.foreground = foreground
            self.background = background
        }
    }

    /// The result of a lookup.
    public enum Lookup: Hashable, Sendable {
        /// The pair already holds these colors.
        case existing(Int32)
        /// A new pair number: the caller must initialize it (`init_extended_pair`).
        case new(Int32)
        /// Every pair is taken: use pair 0 (attributes only).
        case exhausted
    }

    /// `COLOR_PAIRS`.
    public let capacity: Int
    private var numbers: [Colors: Int32]

    /// Creates a table for `capacity` pairs, pair 0 showing `pairZero`.
    public init(capacity: Int, pairZero: Colors) {
        self.capacity = capacity
        numbers = [pairZero: 0]
    }

    /// Pairs handed out so far, pair 0 included.
    public var count: Int { numbers.count }

    /// The pair for `colors`, allocating the next number when it is new.
    public mutating func pair(for colors: Colors) -> Lookup {
        if let number = numbers[colors] { return .existing(number) }
        guard numbers.count < capacity else { return .exhausted }
        let number = Int32(numbers.count)
        numbers[colors] = number
        return .new(number)
    }
}
