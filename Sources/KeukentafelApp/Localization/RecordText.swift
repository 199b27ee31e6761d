import KeukentafelDomain

/// Fixed texts for structured records: the record forms and the plan panel.
public enum RecordText: Hashable, Sendable, CaseIterable {
    case recordTitle, recordChooseHint
    case fieldWho, fieldWhat, fieldByWhen, fieldOption, fieldPros, fieldCons, fieldOptionNumber, fieldDecision
    case fieldDecidedBy
    case fieldLadder, fieldDisagreement, fieldColumn, fieldPerspective, fieldTheirWords, fieldInstrument, fieldDate
    case fieldScores
    case fieldWhen, fieldWhere, appointmentExample, fieldWhatHappened, commaSeparated, columnChoices, perspectiveChoices
    case scoresExample
    case errorRequired, errorPreferenceSpeaker, errorLadder, errorScores
    case planOptions, planDecisions, planAgreements, planSafety, planInstruments, planTimeline, planEmpty
    case hintRecord, helpRecordKey

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .recordTitle: return ("Vastleggen", "Record")
        case .recordChooseHint: return ("↑↓ kiezen, Enter invullen, Esc terug", "↑↓ choose, Enter fill in, Esc back")
        case .fieldWho: return ("Wie", "Who")
        case .fieldWhat: return ("Wat", "What")
        case .fieldByWhen: return ("Wanneer", "By when")
        case .fieldOption: return ("Mogelijkheid", "Option")
        case .fieldPros: return ("Voordelen", "Pros")
        case .fieldCons: return ("Nadelen", "Cons")
        case .fieldOptionNumber: return ("Mogelijkheid nr.", "Option no.")
        case .fieldDecision: return ("Besluit", "Decision")
        case .fieldDecidedBy: return ("Besloten door", "Decided by")
        case .fieldLadder: return ("Participatie (1–5)", "Participation (1–5)")
        case .fieldDisagreement: return ("Onenigheid", "Disagreement")
        case .fieldColumn: return ("Kolom", "Column")
        case .fieldPerspective: return ("Perspectief", "Perspective")
        case .fieldTheirWords: return ("In hun woorden", "In their words")
        case .fieldInstrument: return ("Instrument", "Instrument")
        case .fieldDate: return ("Datum", "Date")
        case .fieldScores: return ("Scores", "Scores")
        case .fieldWhen: return ("Wanneer", "When")
        case .fieldWhere: return ("Waar", "Where")
        case .appointmentExample: return ("dinsdag 1 december, 10 uur", "Tuesday 1 December, 10 am")
        case .fieldWhatHappened: return ("Wat gebeurde", "What happened")
        case .commaSeparated: return ("gescheiden door komma's", "separated by commas")
        case .columnChoices: return ("1 zorgen, 2 gaat goed, 3 moet gebeuren", "1 worries, 2 going well, 3 needs to happen")
        case .perspectiveChoices:
            return ("1 ouders, 2 kinderen, 3 netwerk, 4 professionals", "1 parents, 2 children, 3 network, 4 professionals")
        case .scoresExample: return ("totaal=14, emotie=5", "total=14, emotional=5")
        case .errorRequired: return ("Dit veld is nodig.", "This field is needed.")
        case .errorPreferenceSpeaker: return ("Kies eerst wie er spreekt (Alt-1…9).", "First choose who is speaking (Alt-1…9).")
        case .errorLadder: return ("Kies een niveau van 1 tot 5.", "Choose a level from 1 to 5.")
        case .errorScores:
            return ("Schrijf scores als naam=waarde, gescheiden door komma's.", "Write scores as name=value, separated by commas.")
        case .planOptions: return ("Mogelijkheden", "Options")
        case .planDecisions: return ("Besluiten", "Decisions")
        case .planAgreements: return ("Afspraken", "Agreements")
        case .planSafety: return ("Veiligheid", "Safety")
        case .planInstruments: return ("Instrumenten", "Instruments")
        case .planTimeline: return ("Tijdlijn", "Timeline")
        case .planEmpty:
            return (
                "Nog niets. F11 legt een afspraak, mogelijkheid, besluit en meer vast.",
                "Nothing yet. F11 records an agreement, option, decision and more."
            )
        case .hintRecord: return ("vastleggen", "record")
        case .helpRecordKey:
            return (
                "Vastleggen: afspraak, mogelijkheid, voorkeur, besluit, veiligheid, instrument, tijdlijn",
                "Record: agreement, option, preference, decision, safety, instrument, timeline"
            )
        }
    }
}

/// Texts built from values, for structured records: the record forms and the plan panel.
public enum RecordFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case recordKind(RecordKind)
    case errorOptionNumber(Int)
    case errorChoice(Int)
    case ladderLevel(Int)
    case safetyColumn(SafetyColumn)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .recordKind(let k):
            switch k {
            case .agreement: return ("Afspraak (wie, wat, wanneer)", "Agreement (who, what, by when)")
            case .appointment: return ("Volgende afspraak", "Next appointment")
            case .option: return ("Mogelijkheid met voor- en nadelen", "Option with pros and cons")
            case .preference: return ("Voorkeur van wie nu spreekt", "Preference of the current speaker")
            case .decision: return ("Besluit en participatieladder", "Decision and participation ladder")
            case .safety: return ("Signs of Safety: zorg, gaat goed, moet gebeuren", "Signs of Safety: worry, going well, needs to happen")
            case .instrument: return ("Score van een instrument", "Instrument score")
            case .timeline: return ("Gebeurtenis op de tijdlijn", "Timeline event")
            }
        case .errorOptionNumber(let n):
            return (
                n == 0 ? "Leg eerst een mogelijkheid vast." : "Kies een nummer van 1 tot \(n).",
                n == 0 ? "Record an option first." : "Choose a number from 1 to \(n)."
            )
        case .errorChoice(let n): return ("Kies een nummer van 1 tot \(n).", "Choose a number from 1 to \(n).")
        case .ladderLevel(let n): return ("niveau \(n)", "level \(n)")
        case .safetyColumn(let c):
            switch c {
            case .worries: return ("zorgen", "worries")
            case .goingWell: return ("gaat goed", "going well")
            case .needsToHappen: return ("moet gebeuren", "needs to happen")
            }
        }
    }
}
