import KeukentafelDomain

/// Fixed texts for the home screen: its menu, about text and store summary.
public enum HomeText: Hashable, Sendable, CaseIterable {
    case tagline
    case emptyState
    case entryNewFamily, entryOpenFamily, entryPractice, entryReview
    case entryNewFamilyDetail, entryOpenFamilyDetail, entryPracticeDetail, entryReviewDetail
    case aboutTitle
    case aboutBody
    case hintQuit, hintLanguage
    case helpNewFamily, helpOpenFamily, helpPractice, helpReview
    case helpLanguage, helpQuit
    case familiesHeading
    case entryPrompts, entryPromptsDetail, helpPrompts

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .tagline:
            return (
                "Gesprekken aan de keukentafel, in de woorden van het gezin.",
                "Conversations at the kitchen table, in the family's own words."
            )
        case .emptyState:
            return (
                "Nog geen gezinnen. Kies Nieuw gezin en druk op Enter om te beginnen.",
                "No families yet. Choose New family and press Enter to begin."
            )
        case .entryNewFamily: return ("Nieuw gezin", "New family")
        case .entryOpenFamily: return ("Gezin openen", "Open family")
        case .entryPractice: return ("Oefenen", "Practice")
        case .entryReview: return ("Terugkijken", "Review")
        case .entryNewFamilyDetail:
            return (
                "Begin met een gezin dat hier nog niet staat.",
                "Start with a family not yet recorded here."
            )
        case .entryOpenFamilyDetail:
            return (
                "Verder met een gezin: gesprekken, schalen, doelen.",
                "Continue with a family: sessions, scales, goals."
            )
        case .entryPracticeDetail:
            return (
                "Rollenspel met een fictieve casus en rolkaarten.",
                "Role-play with a fictional case and role cards."
            )
        case .entryReviewDetail:
            return (
                "Terugkijken en aantekenen als begeleider.",
                "Replay and annotate sessions as a supervisor."
            )
        case .aboutTitle: return ("Zo werkt het", "How it works")
        case .aboutBody:
            return (
                "Keukentafel toont de vraag van het moment (schaalvraag, wondervraag, uitzonderingen) en legt vast wat gezinsleden zelf zeggen, letterlijk en met wie het zei. Uw eigen aantekeningen blijven daar altijd van gescheiden.\n\nAlles wordt direct en blijvend opgeslagen; het scherm zegt pas 'bewaard' als het echt bewaard is. Met één toets draait u het scherm naar het gezin toe.",
                "Keukentafel shows the question of the moment (scaling, miracle, exceptions) and records what family members say themselves, verbatim and with who said it. Your own notes always stay apart from their words.\n\nEverything is stored at once and durably; the screen says 'saved' only when it is. One key turns the screen towards the family."
            )
        case .hintQuit: return ("stoppen", "quit")
        case .hintLanguage: return ("English", "Nederlands")
        case .helpNewFamily: return ("Nieuw gezin", "New family")
        case .helpOpenFamily: return ("Gezin openen", "Open family")
        case .helpPractice: return ("Oefenen", "Practice")
        case .helpReview: return ("Terugkijken", "Review")
        case .helpLanguage: return ("Wissel tussen Nederlands en Engels", "Switch between Dutch and English")
        case .helpQuit: return ("Stoppen", "Quit")
        case .familiesHeading: return ("Gezinnen", "Families")
        case .entryPrompts: return ("Vragenbibliotheek", "Question library")
        case .entryPromptsDetail: return ("Alle vragen van de methode, met tips.", "Every question of the method, with tips.")
        case .helpPrompts: return ("Vragenbibliotheek", "Question library")
        }
    }
}

/// Texts built from values, for the home screen: its menu, about text and store summary.
public enum HomeFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case storeLocation(String)
    case workingAs(WorkerIdentity)
    case familiesInStore(count: Int, latest: String)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .storeLocation(let p): return ("Opslag: \(p)", "Store: \(p)")
        case .workingAs(let w):
            let role = ReviewFormat.roleName(w.role)
            return ("Ingelogd als: \(w.name) (\(role.nl))", "Working as: \(w.name) (\(role.en))")
        case .familiesInStore(let n, let latest):
            return (
                n == 1 ? "1 gezin in deze opslag: \(latest)." : "\(n) gezinnen in deze opslag; het laatst: \(latest).",
                n == 1 ? "1 family in this store: \(latest)." : "\(n) families in this store; most recent: \(latest)."
            )
        }
    }
}
