import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A time as ISO 8601 in UTC to the second ("2024-12-30T05:21:49Z"), as
/// `Date.ISO8601Format()` writes it.
///
/// `families` prints one per family before anything else runs; Foundation's formatter
/// first builds its calendar cache, which looked generic types up among the program's
/// protocol conformances. A test holds the two equal.
enum ISOTime {
    static func text(_ date: Date) -> String {
        let seconds = (date.timeIntervalSince1970).rounded(.down)
        // Outside four-digit years (and for NaN), Foundation's own rules apply.
        guard seconds > -62_135_596_800, seconds < 253_402_300_800 else { return date.ISO8601Format() }
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return date.ISO8601Format() }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = Int(parts.tm_year) + 1900
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
