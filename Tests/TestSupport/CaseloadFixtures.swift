import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI

/// A fictional caseload for the overview and the family over time: every name and word
/// here is invented. The clock stands at the app fixtures' moment, read in UTC.
public enum CaseloadFixtures {
    public static let utc = TimeZone(identifier: "UTC")!

    /// Monday 23 November 2026, 14:05 UTC.
    public static let now: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar.date(from: DateComponents(year: 2026, month: 11, day: 23, hour: 14, minute: 5))!
    }()

    static func daysAgo(_ days: Double, hour: Double = 10) -> Date {
        // Midnight of today, then back and forward to the hour wanted.
        let midnight = now.addingTimeInterval(-(14 * 3600 + 5 * 60))
        return midnight.addingTimeInterval(-days * 86_400 + hour * 3600)
    }

    /// A family in four weekly sessions with three scales, everyone's ratings (Noor's
    /// low in the last), two instruments, goals open, achieved and dropped, and worries
    /// on the latest safety map.
    public static func deVries() -> FamilyRecord {
        let events = deVriesEvents()
        return FamilyRecord.replay(events[0].familyID, events)
    }

    /// The events of `deVries()`, as review reads them.
    public static func deVriesEvents() -> [Event] {
        var b = FamilyBuilder("Gezin De Vries", created: daysAgo(36), seed: 21)
        let anouk = b.member("Anouk", .parent)
        let bas = b.member("Bas", .parent)
        let noor = b.member("Noor", .child)
        let sem = b.member("Sem", .adolescent)
        var burden = UUID()
        var safety = UUID()
        var homework = UUID()
        let values: [(burden: [Int?], safety: [Int?], homework: [Int?])] = [
            ([8, 7, 6, nil], [5, 6, nil, nil], [nil, nil, 3, 4]),
            ([7, 7, nil, nil], [6, 6, nil, nil], [nil, nil, 5, 4]),
            ([5, 6, 4, 5], [6, 7, nil, nil], [nil, nil, 6, 6]),
            ([6, 4, 3, 5], [7, 7, nil, nil], [nil, nil, 8, 7]),
        ]
        for number in 1...4 {
            let s = b.session(number, at: daysAgo(Double(35 - 7 * number)), present: [anouk, bas, noor, sem])
            if number == 1 {
                burden = b.scale("ruzie aan tafel", .burden, in: s)
                safety = b.scale("veilig thuis", .safety, in: s)
                homework = b.scale("huiswerk zonder ruzie", .goal, in: s)
                b.goal("Samen rustig eten zonder telefoon", owners: [anouk, bas], in: s)
                b.goal("Noor maakt haar huiswerk aan de keukentafel", owners: [noor], status: .achieved, in: s)
                b.goal("Elke zondag samen naar oma", status: .dropped, in: s)
                b.instrument("SDQ", date: "2026-10-19", ["totaal": "18", "emotioneel": "6"], in: s)
                b.instrument("ZRM", date: "19-10-2026", ["gezinsrelaties": "2"], in: s)
            }
            let v = values[number - 1]
            for (i, who) in [anouk, bas, noor, sem].enumerated() {
                if let x = v.burden[i] { b.value(burden, who, x, in: s) }
                if let x = v.safety[i] { b.value(safety, who, x, in: s) }
                if let x = v.homework[i] { b.value(homework, who, x, in: s) }
            }
            if number == 3 {
                b.safety(.worries, "Als Bas boos wordt gooit hij met dingen", by: anouk, in: s)
                b.safety(.goingWell, "We praten nu na een ruzie", by: bas, in: s)
            }
            if number == 4 {
                b.instrument("SDQ", date: "2026-11-16", ["totaal": "15", "emotioneel": "5"], in: s)
                b.instrument("ZRM", date: "16-11-2026", ["gezinsrelaties": "3"], in: s)
                b.safety(.worries, "Noor slaapt slecht na een ruzie", by: bas, in: s)
                b.safety(.needsToHappen, "Bas loopt weg voordat hij boos wordt", by: anouk, in: s)
            }
            let low = number == 4
            b.evaluation(anouk, ["evaluation-item-heard": 8, "evaluation-item-useful": 7 + number % 2], in: s)
            b.evaluation(bas, ["evaluation-item-heard": 6 + number / 2, "evaluation-item-useful": 7], in: s)
            b.evaluation(noor, ["evaluation-item-heard": low ? 4 : 8, "evaluation-item-useful": low ? 6 : 9], in: s)
            b.end(s)
        }
        return b.events
    }

    /// Six families, one for each reason to look (and one without any).
    public static func families() -> [FamilyRecord] {
        var out = [deVries()]
        // Low ratings in the latest session; progress going down.
        do {
            var b = FamilyBuilder("Gezin Bakker", created: daysAgo(30), seed: 22)
            let lisa = b.member("Lisa", .parent)
            let daan = b.member("Daan", .adolescent)
            let scale = b.scale("samen afspraken nakomen", .goal)
            for (n, (l, d)) in [(6, 5), (5, 3)].enumerated() {
                let s = b.session(n + 1, at: daysAgo(Double(20 - 10 * n)), present: [lisa, daan])
                b.value(scale, lisa, l, in: s)
                b.value(scale, daan, d, in: s)
                b.evaluation(daan, ["evaluation-item-heard": n == 1 ? 3 : 7], in: s)
                b.end(s)
            }
            out.append(b.record)
        }
        // Not seen yet.
        do {
            var b = FamilyBuilder("Gezin El Amrani", created: daysAgo(12), seed: 23)
            _ = b.member("Yasmina", .parent)
            out.append(b.record)
        }
        // Long ago, steady.
        do {
            var b = FamilyBuilder("Gezin Visser", created: daysAgo(90), seed: 24)
            let piet = b.member("Piet", .carer)
            let scale = b.scale("rust in huis", .burden)
            for n in 0..<2 {
                let s = b.session(n + 1, at: daysAgo(Double(55 - 14 * n)), present: [piet])
                b.value(scale, piet, 4, in: s)
                b.end(s)
            }
            out.append(b.record)
        }
        // Better for one, worse for the other; a safety scale at 3.
        do {
            var b = FamilyBuilder("Gezin Öztürk", created: daysAgo(40), seed: 25)
            let elif = b.member("Elif", .parent)
            let can = b.member("Can", .parent)
            let burden = b.scale("zorgen om geld", .burden)
            let safety = b.scale("veilig na school", .safety)
            for (n, (e, c)) in [(7, 5), (5, 6)].enumerated() {
                let s = b.session(n + 1, at: daysAgo(Double(16 - 14 * n)), present: [elif, can])
                b.value(burden, elif, e, in: s)
                b.value(burden, can, c, in: s)
                b.value(safety, can, 3, in: s)
                b.end(s)
            }
            out.append(b.record)
        }
        // Better on every scale, nothing else to flag.
        do {
            var b = FamilyBuilder("Gezin Smit", created: daysAgo(25), seed: 26)
            let ria = b.member("Ria", .parent)
            let scale = b.scale("zelf de ochtend regelen", .confidence)
            for n in 0..<2 {
                let s = b.session(n + 1, at: daysAgo(Double(21 - 7 * n)), present: [ria])
                b.value(scale, ria, 4 + 2 * n, in: s)
                b.end(s)
            }
            out.append(b.record)
        }
        return out
    }

    /// The app at `size` with the clock at `now` and dates read in UTC.
    public static func app(_ language: Language, size: Size) -> AppState {
        var s = AppFixtures.state(language, size: size)
        s.now.instant = now
        s.timeZone = utc
        return s
    }
}
