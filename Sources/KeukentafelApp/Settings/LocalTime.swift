import Foundation
import KeukentafelDomain

/// A wall-clock reading to the minute, made at the edge from the system clock so that
/// views stay pure and tests can fix the time.
public struct LocalTime: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// 1 = Sunday … 7 = Saturday (Gregorian calendar convention).
    public var weekday: Int
    public var hour: Int
    public var minute: Int
    /// The same moment as an instant, for elapsed times.
    public var instant: Date

    public init(
        year: Int, month: Int, day: Int, weekday: Int, hour: Int, minute: Int, instant: Date = Date(timeIntervalSinceReferenceDate: 0)
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.hour = hour
        self.minute = minute
        self.instant = instant
    }

    /// "maandag 23 november 2026" / "Monday 23 November 2026".
    public func longDate(_ language: Language) -> String {
        "\(UIText.commonFormat(.weekday(weekday)).text(language)) \(day) \(UIText.commonFormat(.month(month)).text(language)) \(year)"
    }

    /// "14:05".
    public var clock: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// The wall-clock time of `instant` in `timeZone`.
    public static func at(_ instant: Date, _ timeZone: TimeZone) -> LocalTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: instant)
        return LocalTime(
            year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1, weekday: c.weekday ?? 1, hour: c.hour ?? 0, minute: c.minute ?? 0,
            instant: instant)
    }
}
