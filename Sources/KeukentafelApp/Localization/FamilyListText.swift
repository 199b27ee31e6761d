/// Fixed texts for choosing a family and who is present.
public enum FamilyListText: Hashable, Sendable, CaseIterable {
    case familyListTitle, familyListEmpty, presenceIntro, presenceHint, presenceNone
    case helpAddMember, hintAddMember, helpRenameMember, helpLivesElsewhere, livesElsewhere, newMemberLabel, renameMemberLabel
    case newMemberPlaceholder, presenceIntroMidSession
    case earlierSessions

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .familyListTitle: return ("Gezin openen", "Open family")
        case .familyListEmpty:
            return ("Nog geen gezinnen. Esc en dan n voor een nieuw gezin.", "No families yet. Esc, then n for a new family.")
        case .presenceIntro:
            return (
                "Spatie zet iemand aan of uit, a voegt iemand toe, r wijzigt een naam; Enter begint het gesprek.",
                "Space marks someone present or not, a adds someone, r renames; Enter starts the session."
            )
        case .presenceIntroMidSession:
            return (
                "Wie is er nu bij? Spatie zet iemand aan of uit, a voegt iemand toe; Enter gaat terug naar het gesprek.",
                "Who is here now? Space marks someone present or not, a adds someone; Enter goes back to the session."
            )
        case .presenceHint: return ("aan/uit", "toggle")
        case .helpAddMember: return ("Gezinslid toevoegen (naam, eventueel leeftijd)", "Add a family member (name, age if you like)")
        case .hintAddMember: return ("toevoegen", "add")
        case .helpRenameMember: return ("Naam van het gekozen gezinslid wijzigen", "Rename the chosen family member")
        case .helpLivesElsewhere: return ("Woont wel of niet thuis", "Lives at home or elsewhere")
        case .livesElsewhere: return ("woont elders", "lives elsewhere")
        case .newMemberLabel: return ("Nieuw gezinslid", "New family member")
        case .renameMemberLabel: return ("Nieuwe naam", "New name")
        case .newMemberPlaceholder: return ("bijv. Noor (9)", "e.g. Noor (9)")
        case .presenceNone:
            return (
                "Nog geen gezinsleden: voeg ze toe met a. Het gesprek kan ook beginnen met alleen u.",
                "No family members yet: add them with a. The session can also start with only you."
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
