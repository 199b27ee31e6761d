import KeukentafelDomain

/// Fixed texts for looking back at a session.
public enum ReviewText: Hashable, Sendable, CaseIterable {
    case reviewTitle, chooseSession, noSessions, sessionsIntro
    case practice, live, open, notEnded
    case cardShowing, noCard, annotationsHeading, annotateTitle, annotateNote, annotatePlaceholder, noCode
    case annotationEmpty, annotationSaved, playEnded, playing, paused
    case emptyPanel, helpPanelScroll
    case hintPhase, hintPlay, hintPanel, hintAnnotate, hintProgress, hintCode, hintSave
    case helpOpenSession, helpPhaseJump, helpPlay, helpSpeed, helpPanel, helpAnnotate, helpProgress
    case helpDraftType, helpDraftCode, helpDraftSave, helpDraftCancel
    case confirmed, corrected, worker, workerAloud, family

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .reviewTitle: return ("Terugkijken", "Review")
        case .chooseSession: return ("Kies een gesprek", "Choose a session")
        case .noSessions: return ("Met dit gezin is nog geen gesprek gevoerd.", "No session with this family yet.")
        case .sessionsIntro:
            return (
                "Enter speelt het gekozen gesprek af, stap voor stap; o toont het gezin door de tijd.",
                "Enter replays the chosen session step by step; o shows the family over time."
            )
        case .practice: return ("oefening", "practice")
        case .live: return ("gesprek", "session")
        case .open: return ("loopt nog", "still open")
        case .notEnded: return ("niet afgesloten", "not closed")
        case .cardShowing: return ("Kaart op het scherm", "Card on screen")
        case .noCard: return ("(geen kaart vastgelegd)", "(no card recorded)")
        case .annotationsHeading: return ("Aantekeningen", "Annotations")
        case .annotateTitle: return ("Aantekening bij deze stap", "Annotation on this step")
        case .annotateNote: return ("Aantekening", "Note")
        case .annotatePlaceholder: return ("wat viel op?", "what stood out?")
        case .noCode: return ("(geen code)", "(no code)")
        case .annotationEmpty: return ("Typ een aantekening of kies een code.", "Type a note or choose a code.")
        case .annotationSaved: return ("Aantekening opgeslagen.", "Annotation saved.")
        case .playEnded: return ("Einde van het gesprek.", "End of the session.")
        case .playing: return ("speelt af", "playing")
        case .paused: return ("gepauzeerd", "paused")
        case .emptyPanel: return ("Nog niets op dit moment.", "Nothing yet at this moment.")
        case .helpPanelScroll: return ("Het paneel rechts omhoog of omlaag schuiven", "Scroll the right-hand panel up or down")
        case .hintPhase: return ("fase", "phase")
        case .hintPlay: return ("afspelen", "play")
        case .hintPanel: return ("paneel", "panel")
        case .hintAnnotate: return ("aantekening", "annotate")
        case .hintProgress: return ("door de tijd", "over time")
        case .hintCode: return ("code", "code")
        case .hintSave: return ("opslaan", "save")
        case .helpOpenSession: return ("Speel het gekozen gesprek af", "Replay the chosen session")
        case .helpPhaseJump: return ("Naar de vorige of volgende fase", "To the previous or next phase")
        case .helpPlay:
            return ("Afspelen in het eigen tempo van het gesprek, of pauzeren", "Play at the session's own pace, or pause")
        case .helpSpeed: return ("Sneller of langzamer afspelen", "Play faster or slower")
        case .helpPanel:
            return ("Genogram, netwerk, schalen, cijfers of aantekeningen", "Genogram, network, scales, figures or annotations")
        case .helpAnnotate: return ("Aantekening bij de gekozen stap, met een code", "Annotate the chosen step, with a code")
        case .helpProgress:
            return ("Het gezin door de tijd: schalen, evaluaties, doelen", "The family over time: scales, evaluations, goals")
        case .helpDraftType: return ("Typ de aantekening", "Type the note")
        case .helpDraftCode: return ("Kies een code uit de checklist", "Choose a code from the checklist")
        case .helpDraftSave: return ("Sla de aantekening op", "Save the annotation")
        case .helpDraftCancel: return ("Niet opslaan", "Do not save")
        case .confirmed: return ("bevestigd", "confirmed")
        case .corrected: return ("aangevuld", "corrected")
        case .worker: return ("werker (notitie)", "worker (note)")
        case .workerAloud: return ("werker zegt", "worker says")
        case .family: return ("gezin", "family")
        }
    }
}

/// Texts built from values, for review.
public enum ReviewFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case item(ReviewItem)
    case sessionLine(number: Int, practice: Bool)
    case speed(Int)
    case stepOf(Int, Int)
    case panelTitle(ReviewPanel)
    case minutes(Int)
    case ladder(Int)
    case goalStatus(GoalStatus)
    case annotationBy(author: String, role: WorkerRole?)
    case annotationNotSaved(String)
    case entries(Int)
    case sessionHeading(family: String, number: Int)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .item(let item): return Self.itemLabel(item)
        case .sessionLine(let n, let practice): return practice ? ("oefening \(n)", "practice \(n)") : ("gesprek \(n)", "session \(n)")
        case .speed(let n): return ("Afspelen: \(n)× zo snel", "Playback: \(n)× speed")
        case .stepOf(let i, let n): return ("stap \(i) van \(n)", "step \(i) of \(n)")
        case .panelTitle(let p):
            switch p {
            case .genogram: return ("Genogram", "Genogram")
            case .network: return ("Netwerk", "Network")
            case .scales: return ("Schalen", "Scales")
            case .figures: return ("Cijfers", "Figures")
            case .notes: return ("Aantekeningen", "Annotations")
            }
        case .minutes(let m): return ("\(m) min", "\(m) min")
        case .ladder(let l): return ("trede \(l)", "level \(l)")
        case .goalStatus(let s):
            switch s {
            case .open: return ("open", "open")
            case .achieved: return ("bereikt", "achieved")
            case .dropped: return ("losgelaten", "dropped")
            }
        case .annotationBy(let author, let role):
            let nl = role.map { r in " (" + Self.roleName(r).nl + ")" } ?? ""
            let en = role.map { r in " (" + Self.roleName(r).en + ")" } ?? ""
            return (author + nl, author + en)
        case .annotationNotSaved(let detail):
            return ("Aantekening niet opgeslagen: \(detail)", "Annotation not saved: \(detail)")
        case .entries(let n): return (n == 1 ? "1 stap" : "\(n) stappen", n == 1 ? "1 step" : "\(n) steps")
        case .sessionHeading(let family, let n): return ("\(family) · gesprek \(n)", "\(family) · session \(n)")
        }
    }

    static func roleName(_ role: WorkerRole) -> (nl: String, en: String) {
        switch role {
        case .worker: return ("werker", "worker")
        case .supervisor: return ("begeleider", "supervisor")
        case .trainee: return ("in opleiding", "trainee")
        }
    }

    static func itemLabel(_ item: ReviewItem) -> (nl: String, en: String) {
        switch item {
        case .started: return ("begin", "start")
        case .ended: return ("afgesloten", "closed")
        case .presence: return ("aanwezig", "present")
        case .phase: return ("fase", "phase")
        case .card: return ("kaart", "card")
        case .words: return ("woorden", "words")
        case .note: return ("notitie", "note")
        case .workerSaid: return ("werker zegt", "worker says")
        case .amended: return ("correctie", "correction")
        case .retracted: return ("ingetrokken", "retracted")
        case .tagged: return ("label", "tag")
        case .linked: return ("antwoord op", "answer to")
        case .scale: return ("schaal", "scale")
        case .scaleValue: return ("cijfer", "value")
        case .goal: return ("doel", "goal")
        case .goalChanged: return ("doel gewijzigd", "goal changed")
        case .safety: return ("signs of safety", "signs of safety")
        case .option: return ("mogelijkheid", "option")
        case .preference: return ("voorkeur", "preference")
        case .decision: return ("besluit", "decision")
        case .agreement: return ("afspraak", "agreement")
        case .timeline: return ("tijdlijn", "timeline")
        case .instrument: return ("instrument", "instrument")
        case .evaluation: return ("evaluatie", "evaluation")
        case .summary: return ("samenvatting", "summary")
        case .appointment: return ("volgende afspraak", "next appointment")
        case .member: return ("gezinslid", "member")
        case .memberChanged: return ("gezinslid gewijzigd", "member changed")
        case .family: return ("gezin", "family")
        case .genogram: return ("genogram", "genogram")
        case .genogramRemoved: return ("genogram weg", "genogram removed")
        case .network: return ("netwerk", "network")
        case .networkRemoved: return ("netwerk weg", "network removed")
        case .sectors: return ("sectoren", "sectors")
        case .annotation: return ("aantekening", "annotation")
        case .observation: return ("observatie", "observation")
        case .other: return ("overig", "other")
        }
    }
}
