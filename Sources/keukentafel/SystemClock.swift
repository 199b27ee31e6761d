import Foundation
import KeukentafelApp

/// Reads the wall clock as `LocalTime`; `KEUKENTAFEL_CLOCK=YYYY-MM-DDTHH:MM` fixes it
/// (for reproducible screenshots and end-to-end tests).
struct SystemClock: Sendable {
    let fixed: LocalTime?

    init(fixed: String?) {
        self.fixed = fixed.flatMap(SystemClock.parse)
    }

    func now() -> LocalTime {
        fixed ?? Self.localTime(at: Date())
    }

    /// The local time at `date`, to the minute, by the C library's `localtime_r` (the same
    /// zone rules as Foundation's `TimeZone.current`: `TZ`, else `/etc/localtime`). The
    /// header shows it from the first frame on; Foundation's calendar was built for it
    /// first, a fifteenth of starting. A test holds the two equal.
    static func localTime(at date: Date) -> LocalTime {
        // To the minute, so the state (and the screen) changes once a minute.
        let minute = Date(timeIntervalSinceReferenceDate: (date.timeIntervalSinceReferenceDate / 60).rounded(.down) * 60)
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else {
            let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
            return LocalTime(
                year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1,
                weekday: c.weekday ?? 1, hour: c.hour ?? 0, minute: c.minute ?? 0, instant: minute)
        }
        return LocalTime(
            year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
            weekday: Int(parts.tm_wday) + 1, hour: Int(parts.tm_hour), minute: Int(parts.tm_min), instant: minute)
    }

    static func parse(_ s: String) -> LocalTime? {
        let parts = s.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        guard parts.count == 5 else { return nil }
        var comps = DateComponents()
        comps.year = parts[0]
        comps.month = parts[1]
        comps.day = parts[2]
        comps.hour = parts[3]
        comps.minute = parts[4]
        let cal = Calendar(identifier: .gregorian)
        guard let date = cal.date(from: comps) else { return nil }
        return LocalTime(
            year: parts[0], month: parts[1], day: parts[2],
            weekday: cal.component(.weekday, from: date), hour: parts[3], minute: parts[4], instant: date)
    }
}
