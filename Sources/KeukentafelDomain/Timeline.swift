import Foundation

/// Reading the family's own way of saying when something happened ("2019", "maart 2021",
/// "2021-03-04", "zomer 2018"), only to put a timeline in order: the words stay as said.
public enum TimelineOrder {
    private static let months: [String: Int] = [
        "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "maart": 3, "march": 3, "mrt": 3,
        "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
        "augustus": 8, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10, "okt": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// A sortable key (year, month, day), or nil when no year can be read.
    public static func key(_ when: String) -> (Int, Int, Int)? {
        let folded = foldedForMatching(when)
        let parts = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var year: Int?
        var month = 0
        var day = 0
        var numbers: [Int] = []
        for p in parts {
            if let n = Int(p) {
                if p.count == 4 { year = n } else { numbers.append(n) }
            } else if let m = months[String(p)] {
                month = m
            }
        }
        guard let year else { return nil }
        // "2021-03-04" gives month then day; "4 maart 2021" gives the day before the month word.
        if month == 0, let m = numbers.first, (1...12).contains(m) {
            month = m
            if numbers.count > 1, (1...31).contains(numbers[1]) { day = numbers[1] }
        } else if let d = numbers.first, (1...31).contains(d) {
            day = d
        }
        return (year, month, day)
    }

    /// `items` in time order; what has no readable year keeps its place at the end.
    public static func sorted<T>(_ items: [T], when: (T) -> String) -> [T] {
        let keyed = items.enumerated().map { (offset: $0.offset, item: $0.element, key: key(when($0.element))) }
        return keyed.sorted { a, b in
            switch (a.key, b.key) {
            case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.item)
    }
}
