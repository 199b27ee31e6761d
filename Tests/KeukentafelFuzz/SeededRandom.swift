import KeukentafelDomain

/// The domain's SplitMix64 with the fuzzer's picks: its sequence depends only on the seed, so a run is
/// named by its seed (the key file, not the generator, is what replays it exactly).
struct SeededRandom: RandomNumberGenerator {
    private var source: SplitMix64

    init(seed: UInt64) { source = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { source.next() }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    /// An index into `weights`, each chosen in proportion to its weight.
    mutating func weighted(_ weights: [Double]) -> Int {
        var r = Double.random(in: 0..<weights.reduce(0, +), using: &self)
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// The seed of run `index` of a fuzz with `seed`: runs can be repeated one by one.
    static func runSeed(_ seed: UInt64, _ index: Int) -> UInt64 {
        var g = SeededRandom(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        return g.next()
    }
}
