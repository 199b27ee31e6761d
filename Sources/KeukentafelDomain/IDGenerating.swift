import Foundation

/// Hands out new ids; injected where ids are made, so tests and demos can repeat them.
public protocol IDGenerating {
    /// A new id, different from every one handed out before.
    mutating func next() -> UUID
}

/// Random UUIDs from the system: the production generator.
public struct SystemIDs: IDGenerating, Sendable {
    public init() {}

    public mutating func next() -> UUID { UUID() }
}

/// SplitMix64: a small random number generator whose sequence depends only on its seed,
/// so demo data and every random test repeat on any machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Repeatable UUIDs from a seed (SplitMix64), for demo data and tests.
public struct SeededIDs: IDGenerating, Sendable {
    private var random: SplitMix64
    public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// The next pseudo-random number of the sequence (also used to pick test data).
    public mutating func nextRandom() -> UInt64 { random.next() }

    /// The next id: a version-4 UUID made of two numbers of the sequence.
    public mutating func next() -> UUID {
        let a = nextRandom()
        let b = nextRandom()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
