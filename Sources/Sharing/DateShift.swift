import Foundation

/// Shifts the calendar dates written inside free text (`12-03-2025`, `2025-03-12`,
/// `12 maart`, `March 12, 2025`) by a number of days, keeping how each was written. A
/// year alone (`in 2019`) is left as it is, like birth years, so ages stay as recorded.
enum DateShift {
    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ]
    static let englishMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    /// Short forms, by month number, in both languages.
    static let shortMonths: [String: Int] = [
        "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    private static let monthPattern: String = {
        let names = (dutchMonths + englishMonths + shortMonths.keys).sorted { $0.count > $1.count }
        return "(" + names.joined(separator: "|") + ")\\.?"
    }()

    /// One pass over four alternatives, so no date is shifted twice.
    private static let regex: NSRegularExpression = {
        let iso = "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"
        let numeric = "\\b(\\d{1,2})([-/.])(\\d{1,2})\\5(\\d{4})\\b"
        let dayMonth = "\\b(\\d{1,2})\\s+\(monthPattern)(?:\\s+(\\d{4}))?\\b"
        let monthDay = "\\b\(monthPattern)\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b"
        // Patterns are constants; a failure here is a programming error caught by every test.
        return try! NSRegularExpression(pattern: [iso, numeric, dayMonth, monthDay].joined(separator: "|"), options: [.caseInsensitive])
    }()

    private static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }

    /// `text` with its dates moved by `days`; a date without a year is read in `year`.
    /// Also returns how many dates moved.
    static func shift(_ text: String, days: Int, year: Int) -> (text: String, count: Int) {
        guard text.contains(where: \.isNumber) else { return (text, 0) }
        let ns = text as NSString
        var out = ""
        var last = 0
        var count = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            func group(_ i: Int) -> String? {
                let r = match.range(at: i)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            }
            guard let replacement = shifted(group, days: days, year: year) else { continue }
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last)) + replacement
            last = match.range.location + match.range.length
            count += 1
        }
        out += ns.substring(from: last)
        return (out, count)
    }

    /// The match's date moved, written the way it was found; nil when it is no real date.
    private static func shifted(_ group: (Int) -> String?, days: Int, year defaultYear: Int) -> String? {
        if let y = group(1), let m = group(2), let d = group(3) {
            guard let moved = move(day: Int(d), month: Int(m), year: Int(y), days: days) else { return nil }
            return String(format: "%04d-%02d-%02d", moved.year, moved.month, moved.day)
        }
        if let d = group(4), let separator = group(5), let m = group(6), let y = group(7) {
            guard let moved = move(day: Int(d), month: Int(m), year: Int(y), days: days) else { return nil }
            let pad = d.count == 2 || m.count == 2
            let day = pad ? String(format: "%02d", moved.day) : String(moved.day)
            let month = pad ? String(format: "%02d", moved.month) : String(moved.month)
            return "\(day)\(separator)\(month)\(separator)\(moved.year)"
        }
        if let d = group(8), let name = group(9) {
            let y = group(10)
            guard let (month, dutch) = month(name),
                let moved = move(day: Int(d), month: month, year: y.flatMap(Int.init) ?? defaultYear, days: days)
            else { return nil }
            let written = monthName(moved.month, dutch: dutch, like: name)
            return "\(moved.day) \(written)" + (y == nil ? "" : " \(moved.year)")
        }
        if let name = group(11), let d = group(12) {
            let y = group(13)
            guard let (month, dutch) = month(name),
                let moved = move(day: Int(d), month: month, year: y.flatMap(Int.init) ?? defaultYear, days: days)
            else { return nil }
            let written = monthName(moved.month, dutch: dutch, like: name)
            return "\(written) \(moved.day)" + (y == nil ? "" : ", \(moved.year)")
        }
        return nil
    }

    private static func month(_ name: String) -> (Int, dutch: Bool)? {
        let n = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if let i = dutchMonths.firstIndex(of: n) { return (i + 1, true) }
        if let i = englishMonths.firstIndex(of: n) { return (i + 1, false) }
        if let m = shortMonths[n] { return (m, ["mrt", "okt"].contains(n)) }
        return nil
    }

    private static func monthName(_ month: Int, dutch: Bool, like written: String) -> String {
        let name = (dutch ? dutchMonths : englishMonths)[month - 1]
        return written.first?.isUppercase == true ? name.prefix(1).uppercased() + name.dropFirst() : name
    }

    private static func move(day: Int?, month: Int?, year: Int?, days: Int) -> (day: Int, month: Int, year: Int)? {
        guard let day, let month, let year, (1...12).contains(month), (1...31).contains(day) else { return nil }
        let c = calendar
        guard let date = c.date(from: DateComponents(year: year, month: month, day: day)),
            c.component(.day, from: date) == day,
            let moved = c.date(byAdding: .day, value: days, to: date)
        else { return nil }
        let parts = c.dateComponents([.year, .month, .day], from: moved)
        return (parts.day!, parts.month!, parts.year!)
    }
}
