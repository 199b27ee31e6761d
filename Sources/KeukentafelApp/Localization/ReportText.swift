import Foundation
import KeukentafelDomain

/// Fixed texts for the session figures and the review report: for supervisors and peers,
/// never for the family, so the method's own words (technique names) are fine here.
public enum ReportText: Hashable, Sendable, CaseIterable {
    case sectionTime, sectionTechniques, sectionDeciding, sectionVoices
    case duration, beforeFirstPhase, phases, noPhaseChange, questionCards, noCards, cardsNotInLibrary
    case scales, exceptions, miracle, notAsked, talk, nothingTagged, goalNotFromWords
    case agreements, disagreements, summary
    case summaryNotChecked, summaryConfirmed, summaryCorrectedThenConfirmed, summaryCorrected
    case evaluation, noRatings, wholeFamily
    case children, noFamilyWords, workerAloud, workerNotes
    case none, unknownPerson
    case intro, sectionFigures, sectionTimeline, sectionCardTimes, sectionScales, noScaleValues
    case sectionAnnotations, noAnnotations, sectionTranscript, noWords
    case columnStart, columnPhase, columnCard, columnTechnique, columnTimesShown, columnTime
    case workerNote, workerSaidAloud, noteTextWithTranscriptOnly, retractedWords, corrected, unknownMoment
    case chartTitle, summaryChecked

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .sectionTime: return ("Tijd", "Time")
        case .sectionTechniques: return ("Technieken", "Techniques")
        case .sectionDeciding: return ("Besluiten en afsluiten", "Deciding and closing")
        case .sectionVoices: return ("Wie kwam aan het woord", "Who had a voice")
        case .duration: return ("Duur", "Duration")
        case .beforeFirstPhase: return ("Vóór de eerste fase", "Before the first phase")
        case .phases: return ("Fasen", "Phases")
        case .noPhaseChange: return ("geen fasewissel vastgelegd", "no phase change recorded")
        case .questionCards: return ("Vraagkaarten", "Question cards")
        case .noCards: return ("geen kaart vastgelegd", "no card recorded")
        case .cardsNotInLibrary: return ("Kaarten buiten de bibliotheek", "Cards not in the library")
        case .scales: return ("Schaalvragen", "Scaling questions")
        case .exceptions: return ("Uitzonderingen", "Exceptions")
        case .miracle: return ("Wondervraag", "Miracle question")
        case .notAsked: return ("niet gesteld", "not asked")
        case .talk: return ("Oplossingstaal tegen probleemtaal", "Solution talk against problem talk")
        case .nothingTagged: return ("niets getagd", "nothing tagged")
        case .goalNotFromWords: return ("niet gemaakt van woorden van het gezin", "not made from the family's words")
        case .agreements: return ("Afspraken", "Agreements")
        case .disagreements: return ("Onenigheid bij besluiten", "Disagreement in decisions")
        case .summary: return ("Samenvatting", "Summary")
        case .summaryNotChecked: return ("niet nagevraagd bij het gezin", "not checked with the family")
        case .summaryConfirmed: return ("bevestigd door het gezin", "confirmed by the family")
        case .summaryCorrectedThenConfirmed: return ("gecorrigeerd, daarna bevestigd", "corrected, then confirmed")
        case .summaryCorrected: return ("gecorrigeerd, daarna niet bevestigd", "corrected, not confirmed after")
        case .evaluation: return ("Evaluatie", "Rating")
        case .noRatings: return ("niemand beoordeelde het gesprek", "nobody rated the session")
        case .wholeFamily: return ("het hele gezin", "the whole family")
        case .children: return ("Kinderen en jongeren", "Children and adolescents")
        case .noFamilyWords: return ("geen woorden van het gezin", "no words from the family")
        case .workerAloud: return ("Werker, hardop", "Worker, aloud")
        case .workerNotes: return ("Notities van de werker", "Worker's notes")
        case .none: return ("geen", "none")
        case .unknownPerson: return ("onbekend", "unknown")
        case .intro:
            return (
                "Voor intervisie en supervisie. Dit verslag bevat de woorden van een gezin: behandel het als een stuk uit het dossier.",
                "For peer review and supervision. This report holds a family's words: treat it as part of the case file."
            )
        case .sectionFigures: return ("Cijfers", "Figures")
        case .sectionTimeline: return ("Verloop per fase", "Phases in order")
        case .sectionCardTimes: return ("Tijd per vraagkaart", "Time per question card")
        case .sectionScales: return ("Schaalcijfers", "Scale values")
        case .noScaleValues: return ("Geen schaalcijfers in dit gesprek.", "No scale values in this session.")
        case .sectionAnnotations: return ("Aantekeningen", "Annotations")
        case .noAnnotations: return ("Nog geen aantekeningen.", "No annotations yet.")
        case .sectionTranscript: return ("Het gesprek in woorden", "The session in words")
        case .noWords: return ("Geen woorden vastgelegd.", "No words recorded.")
        case .columnStart: return ("Begin", "Start")
        case .columnPhase: return ("Fase", "Phase")
        case .columnCard: return ("Kaart", "Card")
        case .columnTechnique: return ("Techniek", "Technique")
        case .columnTimesShown: return ("Keer getoond", "Times shown")
        case .columnTime: return ("Tijd op het scherm", "Time on screen")
        case .workerNote: return ("notitie van de werker", "worker's note")
        case .workerSaidAloud: return ("werker, hardop", "worker, aloud")
        case .noteTextWithTranscriptOnly:
            return (
                "een notitie van de werker (de tekst staat alleen in het verslag met --transcript)",
                "a worker's note (its text is only in the report with --transcript)"
            )
        case .retractedWords: return ("ingetrokken woorden", "retracted words")
        case .corrected: return ("gecorrigeerd", "corrected")
        case .unknownMoment: return ("een moment dat niet in dit gesprek staat", "a moment not in this session")
        case .chartTitle: return ("Ieders cijfer per schaal, 0 tot 10", "Each person's value per scale, 0 to 10")
        case .summaryChecked: return ("de samenvatting nagevraagd", "the summary checked")
        }
    }
}

/// Texts built from values, for the session figures and the review report.
public enum ReportFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case title(family: String, session: Int)
    case sessionLine(date: String, worker: String, present: [String])
    case duration(seconds: Int)
    case length(seconds: Int, closed: Bool)
    case timeShare(seconds: Int, total: Int, visits: Int)
    case percent(Double)
    case scalesAsked(asked: Int, followedUp: Int)
    case scaleLabel(String)
    case scaleValues(values: [String], followUps: Int)
    case exceptions(count: Int, withDetail: Int)
    case miracleAsked(signs: Int, inGoals: Int)
    case talk(solution: Int, problem: Int)
    case goalLabel(String)
    case goalWords(fromFamily: Int, words: Int)
    case agreements(complete: Int, total: Int)
    case decisionLabel(String)
    case ladder(Int?)
    case disagreement(String)
    case disagreements(Int, of: Int)
    case evaluationOf(String)
    case evaluationItem(String)
    case rating(item: String, value: Int)
    case lowRatings(Int)
    case speaker(name: String, role: FamilyRole?)
    case speakerEntries(Int, share: Double?)
    case childrenShare(Int, of: Int)
    case author(name: String, role: WorkerRole?)
    case code(String)
    case atTime(String)
    case aboutPhase(Phase)
    case aboutCard(String)
    case aboutScale(String)
    case aboutScaleValue(topic: String, name: String, value: Int)
    case aboutGoal(String)
    case aboutAgreement(who: String, what: String)
    case aboutDecision(String)
    case aboutEvaluation(String)
    case aboutEvent(String)
    case cardShowing(String)
    case phaseMarker(Phase)
    case quote(who: String, text: String)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .title(let family, let n): return ("Terugblik: \(family), gesprek \(n)", "Review: \(family), session \(n)")
        case .sessionLine(let date, let worker, let present):
            let (nl, en) = PlanFormat.names(present).translations
            if present.isEmpty { return ("\(date), werker: \(worker)", "\(date), worker: \(worker)") }
            return ("\(date), werker: \(worker), aanwezig: \(nl)", "\(date), worker: \(worker), present: \(en)")
        case .duration(let s):
            if s < 60 { return ("\(s) s", "\(s) s") }
            let minutes = (s + 30) / 60
            if minutes < 60 { return ("\(minutes) min", "\(minutes) min") }
            let rest = minutes % 60
            let mm = rest < 10 ? "0\(rest)" : "\(rest)"
            return ("\(minutes / 60) u \(mm) min", "\(minutes / 60) h \(mm) min")
        case .length(let s, let closed):
            let (nl, en) = ReportFormat.duration(seconds: s).translations
            return closed ? (nl, en) : ("\(nl) (niet afgesloten)", "\(en) (not closed)")
        case .timeShare(let s, let total, let visits):
            let (nl, en) = ReportFormat.duration(seconds: s).translations
            let share = total > 0 ? ReportFormat.percent(Double(s) / Double(total)).translations.nl : "–"
            if visits > 1 { return ("\(nl) · \(share) · \(visits) keer", "\(en) · \(share) · \(visits) times") }
            return ("\(nl) · \(share)", "\(en) · \(share)")
        case .percent(let share):
            let p = Int((share * 100).rounded())
            return ("\(p)%", "\(p)%")
        case .scalesAsked(let asked, let followed):
            if asked == 0 { return ("geen gesteld", "none asked") }
            return ("\(asked) gesteld, \(followed) met doorvraag", "\(asked) asked, \(followed) followed up")
        case .scaleLabel(let topic): return ("Schaal „\(topic)”", "Scale “\(topic)”")
        case .scaleValues(let values, let followUps):
            let nlValues = values.isEmpty ? "geen cijfers" : values.joined(separator: ", ")
            let enValues = values.isEmpty ? "no values" : values.joined(separator: ", ")
            switch followUps {
            case 0: return ("\(nlValues) · geen doorvraag", "\(enValues) · no follow-up")
            case 1: return ("\(nlValues) · 1 antwoord op doorvraag", "\(enValues) · 1 follow-up answer")
            default: return ("\(nlValues) · \(followUps) antwoorden op doorvraag", "\(enValues) · \(followUps) follow-up answers")
            }
        case .exceptions(let count, let detail):
            if count == 0 { return ("geen", "none") }
            return ("\(count), waarvan \(detail) uitgediept", "\(count), \(detail) of them explored further")
        case .miracleAsked(let signs, let inGoals):
            let nlSigns = signs == 1 ? "1 teken" : "\(signs) tekens"
            let enSigns = signs == 1 ? "1 sign" : "\(signs) signs"
            return ("gesteld · \(nlSigns), \(inGoals) tot doel gemaakt", "asked · \(enSigns), \(inGoals) made into a goal")
        case .talk(let solution, let problem):
            guard problem > 0 else { return ("\(solution) tegen 0", "\(solution) to 0") }
            // One decimal; Dutch writes a decimal comma.
            let en = String(format: "%.1f", Double(solution) / Double(problem))
            let nl = en.replacingOccurrences(of: ".", with: ",")
            return ("\(solution) tegen \(problem) (\(nl) : 1)", "\(solution) to \(problem) (\(en) : 1)")
        case .goalLabel(let text): return ("Doel „\(text)”", "Goal “\(text)”")
        case .goalWords(let fromFamily, let words):
            let p = ReportFormat.percent(words == 0 ? 0 : Double(fromFamily) / Double(words)).translations.nl
            return ("\(p) in hun eigen woorden (\(fromFamily) van \(words))", "\(p) in their own words (\(fromFamily) of \(words))")
        case .agreements(let complete, let total):
            if total == 0 { return ("geen", "none") }
            return ("\(complete) van \(total) volledig (wie, wat, wanneer)", "\(complete) of \(total) complete (who, what, by when)")
        case .decisionLabel(let text): return ("Besluit „\(text)”", "Decision “\(text)”")
        case .ladder(let level):
            switch level {
            case 1: return ("trede 1 van 5: informeren", "rung 1 of 5: informing")
            case 2: return ("trede 2 van 5: raadplegen", "rung 2 of 5: consulting")
            case 3: return ("trede 3 van 5: adviseren", "rung 3 of 5: advising")
            case 4: return ("trede 4 van 5: meebeslissen", "rung 4 of 5: deciding along")
            case 5: return ("trede 5 van 5: samen beslissen", "rung 5 of 5: deciding together")
            default: return ("geen geldige trede", "no valid rung")
            }
        case .disagreement(let text): return ("onenigheid: \(text)", "disagreement: \(text)")
        case .disagreements(let n, let total):
            if total == 0 { return ("geen besluiten", "no decisions") }
            return ("\(n) van de \(total) besluiten", "\(n) of \(total) decisions")
        case .evaluationOf(let name): return ("Evaluatie van \(name)", "Rating by \(name)")
        case .evaluationItem(let id):
            switch id {
            case "evaluation-item-heard": return ("gehoord", "heard")
            case "evaluation-item-useful": return ("nuttig", "useful")
            case "evaluation-item-own-words": return ("eigen woorden", "own words")
            case "evaluation-item-next": return ("volgende stap", "next step")
            default:
                // An organisation's own item: its id says enough for a professional.
                let short = id.hasPrefix("evaluation-item-") ? String(id.dropFirst("evaluation-item-".count)) : id
                return (short, short)
            }
        case .rating(let item, let value):
            let (nl, en) = ReportFormat.evaluationItem(item).translations
            return ("\(nl) \(value)", "\(en) \(value)")
        case .lowRatings(let low): return ("laag (≤ \(low))", "low (≤ \(low))")
        case .speaker(let name, let role):
            guard let role else { return (name, name) }
            let (nl, en) = ReportFormat.roleName(role)
            return ("\(name) (\(nl))", "\(name) (\(en))")
        case .speakerEntries(let n, let share):
            guard let share else { return ("\(n)", "\(n)") }
            let p = ReportFormat.percent(share).translations.nl
            return ("\(n) · \(p)", "\(n) · \(p)")
        case .childrenShare(let n, let total):
            let p = ReportFormat.percent(total == 0 ? 0 : Double(n) / Double(total)).translations.nl
            return ("\(p) van wat het gezin zei (\(n) van \(total))", "\(p) of what the family said (\(n) of \(total))")
        case .author(let name, let role):
            guard let role else { return (name, name) }
            switch role {
            case .supervisor: return ("\(name) (begeleider)", "\(name) (supervisor)")
            case .trainee: return ("\(name) (in opleiding)", "\(name) (trainee)")
            case .worker: return ("\(name) (werker)", "\(name) (worker)")
            }
        case .code(let item): return ("aandachtspunt: \(item)", "checklist: \(item)")
        case .atTime(let offset): return ("bij \(offset)", "at \(offset)")
        case .aboutPhase(let phase):
            let (nl, en) = PromptBrowserFormat.phase(phase).translations
            return ("fase: \(nl)", "phase: \(en)")
        case .aboutCard(let title): return ("kaart: \(title)", "card: \(title)")
        case .aboutScale(let topic): return ("schaal „\(topic)”", "scale “\(topic)”")
        case .aboutScaleValue(let topic, let name, let value):
            return ("schaal „\(topic)”: \(name) \(value)", "scale “\(topic)”: \(name) \(value)")
        case .aboutGoal(let text): return ("doel: \(text)", "goal: \(text)")
        case .aboutAgreement(let who, let what): return ("afspraak: \(who), \(what)", "agreement: \(who), \(what)")
        case .aboutDecision(let text): return ("besluit: \(text)", "decision: \(text)")
        case .aboutEvaluation(let name): return ("de evaluatie van \(name)", "the rating by \(name)")
        case .aboutEvent(let kind): return ("vastgelegd: \(kind)", "recorded: \(kind)")
        case .cardShowing(let title): return ("Kaart op het scherm: \(title)", "Card on screen: \(title)")
        case .phaseMarker(let phase):
            let (nl, en) = PromptBrowserFormat.phase(phase).translations
            return ("Fase: \(nl)", "Phase: \(en)")
        case .quote(let who, let text): return ("\(who): „\(text)”", "\(who): “\(text)”")
        }
    }

    /// A family role in words.
    private static func roleName(_ role: FamilyRole) -> (nl: String, en: String) {
        switch role {
        case .parent: return ("ouder", "parent")
        case .carer: return ("verzorger", "carer")
        case .child: return ("kind", "child")
        case .adolescent: return ("jongere", "adolescent")
        case .other: return ("anders", "other")
        }
    }
}
