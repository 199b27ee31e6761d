import Foundation
import KeukentafelDomain
import Testing

@testable import keukentafel

/// `ISOTime.text` against Foundation's `ISO8601Format()`, which it stands in for.
@Suite("ISO time")
struct ISOTimeTests {
    @Test("equal to Foundation's on random times, fractions, leap days, the years' edges and before 1970")
    func equalToFoundation() {
        var random = SplitMix64(seed: 0x150)
        var times: [Double] = [
            0, -0.5, 0.999, -1, 951_782_400, 951_868_799.9, 1_709_164_800, -2_208_988_800, -62_135_596_800, 253_402_300_799.9,
            -62_135_596_801, 253_402_300_800, 1e15, -1e15,
        ]
        for _ in 0..<20_000 {
            let span = Double(random.next() % 8_000_000_000) - 4_000_000_000
            times.append(span + Double(random.next() % 1000) / 1000)
        }
        for t in times {
            let date = Date(timeIntervalSince1970: t)
            #expect(ISOTime.text(date) == date.ISO8601Format(), "\(t)")
        }
    }
}
