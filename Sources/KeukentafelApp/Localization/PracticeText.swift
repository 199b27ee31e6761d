import KeukentafelDomain
import PromptLibrary

/// Fixed texts for practice: choosing a case, the role cards, the practice session.
public enum PracticeText: Hashable, Sendable, CaseIterable {
    case practiceTitle, practiceIntro, noCases, practiceBanner
    case introHeading, playersHeading, introNext
    case handOverHint, cardHide, hiddenHeading
    case readyHeading, readyText, apart
    case hintNext, hintTimeBox
    case helpMove, helpNext, helpTimeBox

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .practiceTitle: return ("Oefenen", "Practice")
        case .practiceIntro:
            return (
                "Rollenspel met een fictieve casus: één speelt de werker, de anderen een gezinslid van hun rolkaart. Kies een casus.",
                "Role-play with a fictional case: one plays the worker, the others a family member from their role card. Choose a case."
            )
        case .noCases: return ("Er zijn geen casussen in de vragenbibliotheek.", "There are no cases in the question library.")
        case .practiceBanner: return ("OEFENEN", "PRACTICE")
        case .introHeading: return ("Wat de werker weet", "What the worker knows")
        case .playersHeading: return ("Wie speelt wie", "Who plays whom")
        case .introNext:
            return (
                "Enter: de rolkaarten. Geef de laptop daarna aan de eerste speler.",
                "Enter: the role cards. Then hand the laptop to the first player."
            )
        case .handOverHint:
            return (
                "Alleen deze speler kijkt naar het scherm. Druk op Enter om de kaart te tonen.",
                "Only this player looks at the screen. Press Enter to show the card."
            )
        case .cardHide:
            return ("Gelezen? Enter verbergt de kaart voor de volgende speler.", "Read it? Enter hides the card before the next player.")
        case .hiddenHeading: return ("Alleen jij weet", "Only you know")
        case .readyHeading: return ("Alle rolkaarten zijn gelezen", "Every role card has been read")
        case .readyText:
            return (
                "Enter begint het oefengesprek op het gewone gespreksscherm. De werker kan alles gebruiken; de tijd loopt mee.",
                "Enter starts the practice session on the usual live screen. The worker can use everything; the clock runs."
            )
        case .apart:
            return (
                "Oefengezinnen staan apart van echte gezinnen: niet in de lijst, de zoekfunctie of exports.",
                "Practice families are kept apart from real ones: not in the list, the search or exports."
            )
        case .hintNext: return ("verder", "next")
        case .hintTimeBox: return ("tijd", "time")
        case .helpMove: return ("Kies een casus, of blader door een lange tekst", "Choose a case, or scroll a long text")
        case .helpNext: return ("Verder: casus, rolkaarten om de beurt, begin", "Next: the case, the role cards in turn, start")
        case .helpTimeBox:
            return ("Hoe lang het oefengesprek duurt (langer, korter)", "How long the practice round takes (longer, shorter)")
        }
    }
}

/// Texts built from values, for practice.
public enum PracticeFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case roles(Int)
    case handOver(String)
    case cardTitle(name: String, role: MemberRole, age: String?)
    case timeBox(Int)
    case cardOf(Int, Int)
    case clock(elapsed: String, box: Int)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .roles(let n): return (n == 1 ? "1 rol" : "\(n) rollen", n == 1 ? "1 role" : "\(n) roles")
        case .handOver(let name): return ("Geef de laptop aan wie \(name) speelt", "Hand the laptop to whoever plays \(name)")
        case .cardTitle(let name, let role, let age):
            let (nl, en) = Self.roleName(role)
            let agePart = age.map { ", \($0)" } ?? ""
            return ("Rolkaart: \(name) (\(nl)\(agePart))", "Role card: \(name) (\(en)\(agePart))")
        case .timeBox(let m): return ("Tijd voor het oefengesprek: \(m) minuten", "Time for the practice round: \(m) minutes")
        case .cardOf(let i, let n): return ("kaart \(i) van \(n)", "card \(i) of \(n)")
        case .clock(let elapsed, let box): return ("\(elapsed) van \(box):00", "\(elapsed) of \(box):00")
        }
    }

    static func roleName(_ role: MemberRole) -> (nl: String, en: String) {
        switch role {
        case .parent: return ("ouder", "parent")
        case .child: return ("kind", "child")
        case .adolescent: return ("jongere", "adolescent")
        case .network: return ("netwerk", "network")
        case .professional: return ("beroepskracht", "professional")
        }
    }
}
