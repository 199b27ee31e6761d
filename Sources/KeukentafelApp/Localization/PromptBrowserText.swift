import KeukentafelDomain
import PromptLibrary

/// Fixed texts for the question library and wherever a question is shown.
public enum PromptBrowserText: Hashable, Sendable, CaseIterable {
    case browserTitle, searchLabel, searchPlaceholder, phaseLabel, audienceLabel, allPhases
    case noPromptsMatch
    case followUps, tipLabel
    case hintPhase, hintAudience, hintFull, hintScroll
    case helpSearch, helpPhaseFilter, helpAudienceFilter, helpListMove, helpFullView, helpBrowserBack, helpDetailScroll
    case organisationPromptsTitle

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .browserTitle: return ("Vragenbibliotheek", "Question library")
        case .searchLabel: return ("Zoek", "Search")
        case .searchPlaceholder: return ("typ woorden, bijv. wonder of schaal", "type words, e.g. miracle or scale")
        case .phaseLabel: return ("Fase", "Phase")
        case .audienceLabel: return ("Voor", "For")
        case .allPhases: return ("alle fasen", "all phases")
        case .noPromptsMatch:
            return (
                "Geen vragen gevonden. Andere woorden, of Tab voor een andere fase.",
                "No questions found. Try other words, or Tab for another phase."
            )
        case .followUps: return ("Doorvragen", "Follow-up questions")
        case .tipLabel: return ("Tip", "Tip")
        case .hintPhase: return ("fase", "phase")
        case .hintAudience: return ("voor wie", "for whom")
        case .hintFull: return ("volledig", "full view")
        case .hintScroll: return ("bladeren", "scroll")
        case .helpSearch:
            return ("Typ om te zoeken (hoofdletters en accenten tellen niet)", "Type to search (case and accents do not matter)")
        case .helpPhaseFilter: return ("Volgende / vorige fase als filter", "Next / previous phase as filter")
        case .helpAudienceFilter: return ("Wissel: iedereen, ouder, kind, jongere", "Switch: everyone, parent, child, adolescent")
        case .helpListMove: return ("Kies een vraag", "Choose a question")
        case .helpFullView: return ("Vraag volledig tonen / terug naar de lijst", "Show the question in full / back to the list")
        case .helpBrowserBack: return ("Wis de zoekwoorden; daarna terug", "Clear the search; then go back")
        case .helpDetailScroll: return ("Blader in de volledige vraag", "Scroll the full question")
        case .organisationPromptsTitle: return ("Vragen van uw organisatie", "Your organisation's questions")
        }
    }
}

/// Texts built from values, for the question library and wherever a question is shown.
public enum PromptBrowserFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case promptCount(Int)
    case phase(Phase)
    case audience(Audience)
    case technique(Technique)
    case organisationPromptsBroken(directory: String, errors: Int, first: String)
    case organisationPromptsUnreadable(String)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .promptCount(let n): return (n == 1 ? "1 vraag" : "\(n) vragen", n == 1 ? "1 question" : "\(n) questions")
        case .phase(let p):
            switch p {
            case .welcome: return ("Welkom en agenda", "Welcome and agenda")
            case .questions: return ("Vragen en problemen", "Questions and problems")
            case .mapping: return ("In kaart brengen", "Mapping")
            case .discussing: return ("Bespreken", "Discussing")
            case .checking: return ("Begrip checken", "Checking understanding")
            case .goals: return ("Doelen", "Goals")
            case .options: return ("Mogelijkheden", "Options")
            case .preferences: return ("Voorkeuren", "Preferences")
            case .deciding: return ("Samen besluiten", "Deciding together")
            case .closing: return ("Afsluiten", "Closing")
            }
        case .audience(let a):
            switch a {
            case .everyone: return ("iedereen", "everyone")
            case .parent: return ("ouder", "parent")
            case .child: return ("kind", "child")
            case .adolescent: return ("jongere", "adolescent")
            }
        case .technique(let t):
            switch t {
            case .welcome: return ("Welkom", "Welcome")
            case .agenda: return ("Agenda", "Agenda")
            case .burdenScale: return ("Lastschaal", "Burden scale")
            case .scaling: return ("Schaalvraag", "Scaling question")
            case .exceptions: return ("Uitzonderingen", "Exceptions")
            case .coping: return ("Copingvragen", "Coping questions")
            case .compliments: return ("Complimenten", "Compliments")
            case .miracle: return ("Wondervraag", "Miracle question")
            case .goalShaping: return ("Doelen formuleren", "Shaping goals")
            case .ownStrength: return ("Eigen kracht", "Own strength")
            case .network: return ("Netwerk", "Network")
            case .networkAssessment: return ("Netwerk wegen", "Weighing the network")
            case .drieluik: return ("Drieluik", "Drieluik (three panels)")
            case .signsOfSafety: return ("Signs of Safety", "Signs of Safety")
            case .safetyScale: return ("Veiligheidsschaal", "Safety scale")
            case .reframing: return ("Herkaderen", "Reframing")
            case .problemExploration: return ("Vragen en problemen", "Exploring the problem")
            case .options: return ("Mogelijkheden", "Options")
            case .preferences: return ("Voorkeuren", "Preferences")
            case .summary: return ("Samenvatten", "Summarising")
            case .evaluation: return ("Evaluatie", "Evaluation")
            case .participationLadder: return ("Participatieladder", "Participation ladder")
            case .decision: return ("Besluit", "Decision")
            case .agreements: return ("Afspraken", "Agreements")
            }
        case .organisationPromptsBroken(let dir, let n, let first):
            return (
                "In \(dir) \(n == 1 ? "staat 1 fout" : "staan \(n) fouten"). Die bestanden worden overgeslagen; Keukentafel werkt met de meegeleverde vragen. Eerste fout: \(first). Alles zien: keukentafel prompts check \(dir)",
                "\(dir) has \(n == 1 ? "1 error" : "\(n) errors"). Those files are skipped; Keukentafel uses its shipped questions. First error: \(first). To see all: keukentafel prompts check \(dir)"
            )
        case .organisationPromptsUnreadable(let reason):
            return (
                "De vragen van uw organisatie konden niet gelezen worden (\(reason)). Keukentafel werkt met de meegeleverde vragen.",
                "Your organisation's questions could not be read (\(reason)). Keukentafel uses its shipped questions."
            )
        }
    }
}
