import KeukentafelDomain
import MethodAnalysis

/// Fixed texts for the caseload overview.
public enum CaseloadText: Hashable, Sendable, CaseIterable {
    case caseloadTitle, orderExplained, loading, noFamilies
    case columnFamily, columnLast, columnDays, columnScales, columnEvaluation, columnSafety
    case noSessionYet, worriesHeading, lowSafetyHeading
    case helpOpenFamily, helpBack

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .caseloadTitle: return ("Terugkijken: alle gezinnen", "Review: all families")
        case .orderExplained:
            return (
                "Bovenaan wie eerst aandacht vraagt: zorgen over veiligheid, dan lage evaluaties, dan schalen die slechter gaan, dan het langst geen gesprek.",
                "On top, who needs attention first: safety concerns, then low evaluations, then scales going the wrong way, then longest unseen."
            )
        case .loading: return ("Gezinnen lezen…", "Reading the families…")
        case .noFamilies:
            return (
                "Nog geen gezinnen. Begin op het beginscherm met Nieuw gezin.", "No families yet. Start with New family on the home screen."
            )
        case .columnFamily: return ("Gezin", "Family")
        case .columnLast: return ("Laatste gesprek", "Last session")
        case .columnDays: return ("Dagen", "Days")
        case .columnScales: return ("Schalen", "Scales")
        case .columnEvaluation: return ("Evaluatie", "Evaluation")
        case .columnSafety: return ("Veiligheid", "Safety")
        case .noSessionYet: return ("nog geen", "none yet")
        case .worriesHeading: return ("Zorgen op de veiligheidskaart", "Worries on the safety map")
        case .lowSafetyHeading: return ("Veiligheidsschaal laag", "Safety scale low")
        case .helpOpenFamily:
            return (
                "Kijk terug bij het gekozen gezin: gesprekken, aantekeningen, door de tijd",
                "Review the chosen family: sessions, annotations, over time"
            )
        case .helpBack: return ("Terug naar het beginscherm", "Back to the home screen")
        }
    }
}

/// Texts built from values, for the caseload overview.
public enum CaseloadFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case lastSession(date: String, number: Int)
    case trend(ScaleTrend)
    case lowCount(Int)
    case lowList(String)
    case worries(Int)
    case lowSafety(name: String, value: Int)
    case safetyScale(Int)
    case daysAgo(Int)
    case detailLast(date: String, daysAgo: String, sessions: Int)
    case detailNoSession(days: Int)
    case detailLowRatings(session: Int)
    case detailChanges(session: Int)
    case ratingOf(name: String, item: String, value: Int)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .lastSession(let date, let n): return ("\(date) (nr. \(n))", "\(date) (no. \(n))")
        case .trend(let trend):
            switch trend {
            case .unknown: return ("nog niet te zien", "not yet known")
            case .steady: return ("gelijk", "the same")
            case .better: return ("beter", "better")
            case .worse: return ("slechter", "worse")
            case .mixed: return ("wisselend", "mixed")
            }
        case .lowCount(let n): return ("\(n) laag", "\(n) low")
        case .lowList(let list): return ("laag: \(list)", "low: \(list)")
        case .worries(let n): return (n == 1 ? "1 zorg" : "\(n) zorgen", n == 1 ? "1 worry" : "\(n) worries")
        case .lowSafety(let name, let value): return ("veiligheid \(value) (\(name))", "safety \(value) (\(name))")
        case .safetyScale(let value): return ("schaal \(value)", "scale \(value)")
        case .daysAgo(let n):
            switch n {
            case 0: return ("vandaag", "today")
            case 1: return ("gisteren", "yesterday")
            default: return ("\(n) dagen geleden", "\(n) days ago")
            }
        case .detailLast(let date, let ago, let n):
            return (
                "Laatste gesprek \(date), \(ago) · \(n == 1 ? "1 gesprek" : "\(n) gesprekken")",
                "Last session \(date), \(ago) · \(n == 1 ? "1 session" : "\(n) sessions")"
            )
        case .detailNoSession(let days):
            return (
                "Nog geen gesprek; het gezin staat hier \(days == 1 ? "1 dag" : "\(days) dagen").",
                "No session yet; the family has been here \(days == 1 ? "1 day" : "\(days) days")."
            )
        case .detailLowRatings(let n): return ("Lage evaluatie in gesprek \(n)", "Low evaluation in session \(n)")
        case .detailChanges(let n): return ("Schalen, laatste verandering in gesprek \(n)", "Scales, latest change in session \(n)")
        case .ratingOf(let name, let item, let value):
            return ("\(name) \(value) bij \u{2018}\(item)\u{2019}", "\(name) \(value) on \u{2018}\(item)\u{2019}")
        }
    }
}
