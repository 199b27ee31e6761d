import KeukentafelDomain

/// Fixed texts for structured records: the record forms and the plan panel.
public enum RecordText: Hashable, Sendable, CaseIterable {
    case recordTitle, recordChooseHint
    case fieldWho, fieldWhat, fieldByWhen, fieldOption, fieldPros, fieldCons, fieldOptionNumber, fieldDecision
    case fieldDecidedBy, fieldWhoSays, fieldReason, fieldChosenOption, whoSaysChoices, decidersChoices
    case errorPreferenceIsTheirs, errorProfessionalsAreWorker, ladderTitle, ladderShort
    case fieldWhose, whoseChoices, fieldTimelineKind, timelineKindChoices, earlierHelp
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
        case .fieldDecidedBy: return ("Besloten door (nrs.)", "Decided by (nos.)")
        case .fieldWhoSays: return ("Wie zegt het (nr.)", "Who says it (no.)")
        case .fieldReason: return ("Waarom, in hun woorden", "Why, in their words")
        case .fieldChosenOption: return ("Gekozen mogelijkheid nr.", "Chosen option no.")
        case .whoSaysChoices: return ("nummer van wie het zegt; 0 = u zelf", "number of who says it; 0 = yourself")
        case .decidersChoices: return ("nummers, bijv. 1 2; 0 = u zelf", "numbers, e.g. 1 2; 0 = yourself")
        case .errorPreferenceIsTheirs: return ("Een voorkeur is van het gezin: niet 0.", "A preference is the family's: not 0.")
        case .errorProfessionalsAreWorker: return ("Professionals, dat bent u: kies 0.", "The professionals are you: choose 0.")
        case .ladderTitle: return ("Participatieladder", "Participation ladder")
        case .fieldWhose: return ("Van wie (nrs.)", "Whose (nos.)")
        case .whoseChoices: return ("leeg = het hele gezin; bijv. 1 3", "empty = the whole family; e.g. 1 3")
        case .fieldTimelineKind: return ("Soort", "Kind")
        case .timelineKindChoices: return ("1 gebeurtenis, 2 eerdere hulp", "1 life event, 2 earlier help")
        case .earlierHelp: return ("eerdere hulp", "earlier help")
        case .ladderShort:
            return (
                "1 informeren · 2 raadplegen · 3 adviseren · 4 meebeslissen · 5 samen beslissen",
                "1 informing · 2 consulting · 3 advising · 4 deciding along · 5 deciding together"
            )
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
    case safetyPerspective(SafetyPerspective)
    case ladderExplained(Int)
    case errorWhoSays(Int)

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
        case .errorWhoSays(let n): return ("Kies 1 tot \(n), of 0 voor uzelf.", "Choose 1 to \(n), or 0 for yourself.")
        case .safetyPerspective(let p):
            switch p {
            case .parents: return ("ouders", "parents")
            case .children: return ("kinderen", "children")
            case .network: return ("netwerk", "network")
            case .professionals: return ("professionals", "professionals")
            }
        case .ladderExplained(let n):
            switch n {
            case 1: return ("1 informeren: de hulpverlener besliste en vertelde het", "1 informing: the professional decided and told you")
            case 2: return ("2 raadplegen: uw mening gevraagd, weinig meegewogen", "2 consulting: you were asked, it weighed little")
            case 3:
                return (
                    "3 adviseren: u zei wat nodig is, de hulpverlener besliste",
                    "3 advising: you said what is needed, the professional decided"
                )
            case 4: return ("4 meebeslissen: samen gekozen, als gelijken", "4 deciding along: chosen together, as equals")
            default: return ("5 samen beslissen, de regie bij het gezin", "5 deciding together, the family in charge")
            }
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
