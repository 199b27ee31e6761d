/// Fixed texts for choosing a family and who is present.
public enum FamilyListText: Hashable, Sendable, CaseIterable {
    case familyListTitle, familyListEmpty, presenceIntro, presenceHint, presenceNone
    case earlierSessions

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .familyListTitle: return ("Gezin openen", "Open family")
        case .familyListEmpty:
            return ("Nog geen gezinnen. Esc en dan n voor een nieuw gezin.", "No families yet. Esc, then n for a new family.")
        case .presenceIntro:
            return (
                "Spatie zet iemand aan of uit; Enter begint het gesprek.", "Space marks someone present or not; Enter starts the session."
            )
        case .presenceHint: return ("aan/uit", "toggle")
        case .presenceNone:
            return (
                "Nog geen gezinsleden. Het gesprek begint met alleen u; gezinsleden komen met het genogram.",
                "No family members yet. The session starts with only you; members come with the genogram."
            )
        case .earlierSessions: return ("Eerdere gesprekken", "Earlier sessions")
        }
    }
}

/// Texts built from values, for choosing a family and who is present.
public enum FamilyListFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case sessionsCount(Int)
    case presenceTitle(String)
    case sessionLine(number: Int, daysAgo: Int, minutes: Int, words: Int)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .sessionsCount(let n): return (n == 1 ? "1 gesprek" : "\(n) gesprekken", n == 1 ? "1 session" : "\(n) sessions")
        case .presenceTitle(let name): return ("Wie is er bij? \(name)", "Who is here? \(name)")
        case .sessionLine(let n, let d, let m, let w):
            let nlDays = d == 0 ? "vandaag" : (d == 1 ? "gisteren" : "\(d) dagen geleden")
            let enDays = d == 0 ? "today" : (d == 1 ? "yesterday" : "\(d) days ago")
            return (
                "gesprek \(n) · \(nlDays) · \(m) min · \(w) \(w == 1 ? "uitspraak" : "uitspraken")",
                "session \(n) · \(enDays) · \(m) min · \(w) \(w == 1 ? "quote" : "quotes")"
            )
        }
    }
}
