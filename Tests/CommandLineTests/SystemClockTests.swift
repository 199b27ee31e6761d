import Foundation
import KeukentafelApp
import KeukentafelDomain
import Testing

@testable import keukentafel

/// The clock of the header against Foundation's calendar, which it stands in for.
@Suite("System clock")
struct SystemClockTests {
    @Test("the local time by the C library equals Foundation's calendar in the current zone, over random instants")
    func equalToCalendar() {
        var random = SplitMix64(seed: 0xC10C)
        let calendar = Calendar(identifier: .gregorian)
        for _ in 0..<20_000 {
            let date = Date(timeIntervalSince1970: Double(random.next() % 4_000_000_000) + Double(random.next() % 1000) / 1000)
            let c = calendar.dateComponents(in: TimeZone.current, from: date)
            let minute = Date(timeIntervalSinceReferenceDate: (date.timeIntervalSinceReferenceDate / 60).rounded(.down) * 60)
            let expected = LocalTime(
                year: c.year!, month: c.month!, day: c.day!, weekday: c.weekday!, hour: c.hour!, minute: c.minute!, instant: minute)
            #expect(SystemClock.localTime(at: date) == expected, "\(date)")
        }
    }
}
