import KeukentafelDomain

/// Fixed texts for after a practice round: scoring, feedback, progress.
public enum PracticeRoundText: Hashable, Sendable, CaseIterable {
    case observerTitle, observerIntro, observerNameLabel, observerNamePlaceholder
    case feedbackTitle, progressTitle, questionsHeading, phasesHeading, observerHeading, noObserver, noRounds, moreFigures
    case observerNameNeeded, scoresNeeded, roundNotFound
    case hintItem, hintScore, hintSave, hintSkip, hintProgress
    case helpItem, helpScore, helpObserverName, helpSaveScores, helpSkip, helpMeasure, helpProgress, helpDone

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .observerTitle: return ("Score van de observator", "The observer's scores")
        case .observerIntro:
            return (
                "De observator scoort elk punt 0, 1 of 2 (de uitleg staat eronder). Geen observator? Esc gaat naar de feedback.",
                "The observer scores each item 0, 1 or 2 (what each means is shown below). No observer? Esc goes to the feedback."
            )
        case .observerNameLabel: return ("Naam observator", "Observer's name")
        case .observerNamePlaceholder: return ("trainer of medecursist", "trainer or fellow trainee")
        case .feedbackTitle: return ("Feedback", "Feedback")
        case .progressTitle: return ("Voortgang over de rondes", "Progress over the rounds")
        case .questionsHeading: return ("Vragen van de werker", "The worker's questions")
        case .phasesHeading: return ("Tijd per fase", "Time per phase")
        case .observerHeading: return ("Observator", "Observer")
        case .noObserver: return ("Deze ronde is niet gescoord door een observator.", "No observer scored this round.")
        case .noRounds: return ("Nog geen rondes om te vergelijken.", "No rounds to compare yet.")
        case .moreFigures: return ("Alle cijfers van het gesprek", "All figures of the session")
        case .observerNameNeeded: return ("Typ eerst de naam van de observator.", "Type the observer's name first.")
        case .scoresNeeded: return ("Geef minstens één punt een score.", "Score at least one item.")
        case .roundNotFound:
            return (
                "De oefenronde is bewaard, maar de feedback kon niet worden gelezen. Probeer: keukentafel practice report.",
                "The practice round is saved, but its feedback could not be read. Try: keukentafel practice report."
            )
        case .hintItem: return ("punt", "item")
        case .hintScore: return ("score", "score")
        case .hintSave: return ("opslaan", "save")
        case .hintSkip: return ("overslaan", "skip")
        case .hintProgress: return ("voortgang", "progress")
        case .helpItem: return ("Kies een punt van de checklist", "Choose a checklist item")
        case .helpScore: return ("Geef het gekozen punt 0, 1 of 2", "Score the chosen item 0, 1 or 2")
        case .helpObserverName: return ("Typ de naam van de observator", "Type the observer's name")
        case .helpSaveScores: return ("Sla de scores op en toon de feedback", "Save the scores and show the feedback")
        case .helpSkip: return ("Geen observator: meteen naar de feedback", "No observer: straight to the feedback")
        case .helpMeasure: return ("Blader, of kies het cijfer voor de grafiek", "Scroll, or choose the figure for the chart")
        case .helpProgress: return ("Voortgang over de rondes van deze werker, en terug", "Progress over this worker's rounds, and back")
        case .helpDone: return ("Klaar: naar het beginscherm", "Done: to the home screen")
        }
    }
}

/// Texts built from values, after a practice round.
public enum PracticeRoundFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case notSaved(String)
    case roundOf(round: Int, trainee: String)
    case questions(open: Int, closed: Int)
    case buildsOn(Int, of: Int)
    case stacked(Int)
    case phase(String, minutes: Int)
    case observed(String)
    case round(Int)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .notSaved(let detail): return ("Niet opgeslagen: \(detail)", "Not saved: \(detail)")
        case .roundOf(let n, let trainee): return ("ronde \(n) van \(trainee)", "round \(n) of \(trainee)")
        case .questions(let open, let closed): return ("\(open) open, \(closed) gesloten", "\(open) open, \(closed) closed")
        case .buildsOn(let n, let of):
            return ("\(n) van de \(of) bouwen voort op de woorden van het gezin", "\(n) of \(of) build on the family's words")
        case .stacked(let n):
            return (
                n == 1 ? "1 keer twee vragen achter elkaar" : "\(n) keer twee vragen achter elkaar",
                n == 1 ? "1 stacked question" : "\(n) stacked questions"
            )
        case .phase(let name, let minutes): return ("\(name): \(minutes) min", "\(name): \(minutes) min")
        case .observed(let name): return ("gescoord door \(name)", "scored by \(name)")
        case .round(let n): return ("ronde \(n)", "round \(n)")
        }
    }
}
