import Genealogy
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// Every user-visible sentence of the app, in Dutch and English.
///
/// One table: the compiler checks that each entry has both languages, and a unit test
/// checks that none is empty.
public enum UIText: Hashable, Sendable {
    case appName
    case tagline
    case emptyState
    case storeLocation(String)
    case entryNewFamily, entryOpenFamily, entryPractice, entryReview
    case entryNewFamilyDetail, entryOpenFamilyDetail, entryPracticeDetail, entryReviewDetail
    case aboutTitle
    case aboutBody
    case hintChoose, hintOpen, hintHelp, hintQuit, hintLanguage, hintNext, hintSave, hintCancel, hintPaste
    case helpTitle, helpFooter
    case helpMove, helpOpen, helpNewFamily, helpOpenFamily, helpPractice, helpReview
    case helpLanguage, helpHelp, helpQuit, helpInterrupt
    case helpNextField, helpPreviousField, helpSubmit, helpCancelForm
    case helpLineStartEnd, helpWordMove, helpKill, helpDeleteWord, helpPasteKeepsLines
    case tooSmallTitle
    case tooSmall(width: Int, height: Int)
    case newFamilyTitle
    case newFamilyIntro
    case fieldFamilyName, fieldFamilyNamePlaceholder
    case fieldMembers, fieldMembersPlaceholder
    case errorNameRequired
    case notYetTitle
    case notYet(String)
    case notSaved(String)
    case notSavedTitle
    case familySavedTitle
    case familiesInStore(count: Int, latest: String)
    case familiesHeading
    case sessionsCount(Int)
    case discardTitle, discardMessage, discardKeep, discardConfirm
    case ok
    case weekday(Int)
    case month(Int)
    case entryPrompts, entryPromptsDetail, helpPrompts
    case browserTitle, searchLabel, searchPlaceholder, phaseLabel, audienceLabel, allPhases
    case promptCount(Int)
    case noPromptsMatch
    case followUps, tipLabel
    case hintPhase, hintAudience, hintBack, hintFull, hintScroll
    case helpSearch, helpPhaseFilter, helpAudienceFilter, helpListMove, helpFullView, helpBrowserBack, helpDetailScroll
    case phase(Phase)
    case audience(Audience)
    case technique(Technique)
    case organisationPromptsTitle
    // The live session
    case worker, present, savedIndicator, savingIndicator, unsavedIndicator, sessionNumber(Int)
    case tag(Tag)
    case panelTitle(SidePanel)
    case noteLabel, corrected, retracted, noEntriesYet, typeHere(String), typeNote, amendLabel
    case scaleTopicPrompt, scaleValuesPrompt(String), noScaleYet
    case resumedSession(Int)
    case promptOf(Int, Int)
    case hintSpeaker, hintTag, hintNote, hintPrompt, hintPhaseKeys, hintPanel, hintFamilyView, hintScale, hintClose, hintMore
    case helpSpeakerKeys, helpWorkerNote, helpTagKeys, helpSave, helpAmend, helpRetract, helpPromote, helpPromptKeys, helpPhaseKeys
    case helpTipKey, helpBrowserKey, helpPanelKey, helpFamilyViewKey, helpScaleKey, helpCloseKey, helpScrollKey, helpLeaveKey, helpAudienceKey
    case retractTitle, retractMessage(String), retractConfirm, keep
    case leaveTitle, leaveMessage, leaveUnsavedText, leaveConfirm
    case nothingToPromote, promoted(String)
    case familyViewTitle(String), familyGoals, familyGoingWell, familyScales, familyAgreements, familyNothingYet, familyViewBack
    case closingTitle, closingIntro, closingNextAppointment, closingConfirmHint, closingCorrectionsPrompt
    case evaluationTitle, evaluationHint(Int, Int)
    case sessionClosed(Int)
    case saveFailed(String)
    // Structured records
    case recordKind(RecordKind), recordTitle, recordChooseHint
    case fieldWho, fieldWhat, fieldByWhen, fieldOption, fieldPros, fieldCons, fieldOptionNumber, fieldDecision, fieldDecidedBy
    case fieldLadder, fieldDisagreement, fieldColumn, fieldPerspective, fieldTheirWords, fieldInstrument, fieldDate, fieldScores
    case fieldWhen, fieldWhere, appointmentExample, fieldWhatHappened, commaSeparated, columnChoices, perspectiveChoices, scoresExample
    case errorRequired, errorOptionNumber(Int), errorPreferenceSpeaker, errorLadder, errorChoice(Int), errorScores
    case planOptions, planDecisions, planAgreements, planSafety, planInstruments, planTimeline, planEmpty, ladderLevel(Int)
    case safetyColumn(SafetyColumn), hintRecord, helpRecordKey
    case quickEntryLabel, quickEntryPlaceholder, quickEntryProblem(QuickEntry.Problem.Kind), helpQuickEntryKey
    case networkLegend(ascii: Bool), sectorShort(String), helpFullPanelKey, helpCompleteName
    case tieStressful, tieOneWay, assessment(NetworkAssessment), helpsWithGoal(Int), bond(EmotionalBond)
    case genogramEmpty, networkEmpty, coupleStatus(CoupleStatus), ring(String), sector(String), support(String)
    // Choosing a family and who is present
    case familyListTitle, familyListEmpty, presenceTitle(String), presenceIntro, presenceHint, presenceNone
    case earlierSessions, sessionLine(number: Int, daysAgo: Int, minutes: Int, words: Int)
    case organisationPromptsBroken(directory: String, errors: Int, first: String)
    case organisationPromptsUnreadable(String)

    /// The title to show above this text when it is a notice.
    public var title: UIText {
        switch self {
        case .organisationPromptsBroken, .organisationPromptsUnreadable: return .organisationPromptsTitle
        default: return .notYetTitle
        }
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        let (nl, en) = pair
        return language == .nl ? nl : en
    }

    private var pair: (String, String) {
        switch self {
        case .appName: return ("Keukentafel", "Keukentafel")
        case .tagline: return ("Gesprekken aan de keukentafel, in de woorden van het gezin.",
                               "Conversations at the kitchen table, in the family's own words.")
        case .emptyState: return ("Nog geen gezinnen. Kies Nieuw gezin en druk op Enter om te beginnen.",
                                  "No families yet. Choose New family and press Enter to begin.")
        case .storeLocation(let p): return ("Opslag: \(p)", "Store: \(p)")
        case .entryNewFamily: return ("Nieuw gezin", "New family")
        case .entryOpenFamily: return ("Gezin openen", "Open family")
        case .entryPractice: return ("Oefenen", "Practice")
        case .entryReview: return ("Terugkijken", "Review")
        case .entryNewFamilyDetail: return ("Begin met een gezin dat hier nog niet staat.",
                                            "Start with a family not yet recorded here.")
        case .entryOpenFamilyDetail: return ("Verder met een gezin: gesprekken, schalen, doelen.",
                                             "Continue with a family: sessions, scales, goals.")
        case .entryPracticeDetail: return ("Rollenspel met een fictieve casus en rolkaarten.",
                                           "Role-play with a fictional case and role cards.")
        case .entryReviewDetail: return ("Terugkijken en aantekenen als begeleider.",
                                         "Replay and annotate sessions as a supervisor.")
        case .aboutTitle: return ("Zo werkt het", "How it works")
        case .aboutBody: return (
            "Keukentafel toont de vraag van het moment (schaalvraag, wondervraag, uitzonderingen) en legt vast wat gezinsleden zelf zeggen, letterlijk en met wie het zei. Uw eigen aantekeningen blijven daar altijd van gescheiden.\n\nAlles wordt direct en blijvend opgeslagen; het scherm zegt pas 'bewaard' als het echt bewaard is. Met één toets draait u het scherm naar het gezin toe.",
            "Keukentafel shows the question of the moment (scaling, miracle, exceptions) and records what family members say themselves, verbatim and with who said it. Your own notes always stay apart from their words.\n\nEverything is stored at once and durably; the screen says 'saved' only when it is. One key turns the screen towards the family.")
        case .hintChoose: return ("kiezen", "choose")
        case .hintOpen: return ("openen", "open")
        case .hintHelp: return ("hulp", "help")
        case .hintQuit: return ("stoppen", "quit")
        case .hintLanguage: return ("English", "Nederlands")
        case .hintNext: return ("volgend veld", "next field")
        case .hintSave: return ("opslaan", "save")
        case .hintCancel: return ("annuleren", "cancel")
        case .hintPaste: return ("Plakken", "Paste")
        case .helpTitle: return ("Toetsen", "Keys")
        case .helpFooter: return ("Een andere toets sluit deze hulp.", "Any other key closes this help.")
        case .helpMove: return ("Kies een onderdeel", "Choose an item")
        case .helpOpen: return ("Open het gekozen onderdeel", "Open the chosen item")
        case .helpNewFamily: return ("Nieuw gezin", "New family")
        case .helpOpenFamily: return ("Gezin openen", "Open family")
        case .helpPractice: return ("Oefenen", "Practice")
        case .helpReview: return ("Terugkijken", "Review")
        case .helpLanguage: return ("Wissel tussen Nederlands en Engels", "Switch between Dutch and English")
        case .helpHelp: return ("Deze hulp", "This help")
        case .helpQuit: return ("Stoppen", "Quit")
        case .helpInterrupt: return ("Direct stoppen (overal)", "Quit at once (anywhere)")
        case .helpNextField: return ("Volgend veld", "Next field")
        case .helpPreviousField: return ("Vorig veld", "Previous field")
        case .helpSubmit: return ("Volgend veld; op het laatste veld: opslaan", "Next field; on the last field: save")
        case .helpCancelForm: return ("Terug zonder op te slaan", "Back without saving")
        case .helpLineStartEnd: return ("Naar begin / einde van de regel", "To start / end of the line")
        case .helpWordMove: return ("Een woord terug / vooruit", "One word back / forward")
        case .helpKill: return ("Wis tot einde / tot begin van de regel", "Delete to end / to start of the line")
        case .helpDeleteWord: return ("Wis het woord voor de cursor", "Delete the word before the cursor")
        case .helpPasteKeepsLines: return ("Plakken houdt regels bij elkaar, zonder te versturen",
                                           "Pasting keeps lines together and never submits")
        case .tooSmallTitle: return ("Venster te klein", "Window too small")
        case .tooSmall(let w, let h): return (
            "Dit venster is \(w)×\(h). Maak het groter (liefst 80×24); er gaat niets verloren.",
            "This window is \(w)×\(h). Please make it larger (80×24 is best); nothing is lost.")
        case .newFamilyTitle: return ("Nieuw gezin", "New family")
        case .newFamilyIntro: return (
            "Een naam die u kiest; een schuilnaam mag ook. Gezinsleden kunt u ook later toevoegen.",
            "A name you choose; a pseudonym is fine. Family members can also be added later.")
        case .fieldFamilyName: return ("Naam of schuilnaam", "Name or pseudonym")
        case .fieldFamilyNamePlaceholder: return ("bijv. Gezin De Vries", "e.g. the Jansen family")
        case .fieldMembers: return ("Gezinsleden", "Family members")
        case .fieldMembersPlaceholder: return ("bijv. Sandra, Milan (3)", "e.g. Sandra, Milan (3)")
        case .errorNameRequired: return ("Vul een naam of schuilnaam in.", "Please enter a name or pseudonym.")
        case .notYetTitle: return ("Nog niet beschikbaar", "Not available yet")
        case .notYet(let what): return (
            "\(what) komt in een volgende versie van Keukentafel.",
            "\(what) arrives in a coming version of Keukentafel.")
        case .notSaved(let detail): return (
            "Niet opgeslagen: \(detail) Uw invoer staat nog in het formulier; probeer het zo opnieuw.",
            "Not saved: \(detail) Your entry is still in the form; please try again shortly.")
        case .notSavedTitle: return ("Niet opgeslagen", "Not saved")
        case .familySavedTitle: return ("Opgeslagen", "Saved")
        case .familiesInStore(let n, let latest): return (
            n == 1 ? "1 gezin in deze opslag: \(latest)." : "\(n) gezinnen in deze opslag; het laatst: \(latest).",
            n == 1 ? "1 family in this store: \(latest)." : "\(n) families in this store; most recent: \(latest).")
        case .familiesHeading: return ("Gezinnen", "Families")
        case .sessionsCount(let n): return (n == 1 ? "1 gesprek" : "\(n) gesprekken", n == 1 ? "1 session" : "\(n) sessions")
        case .discardTitle: return ("Invoer weggooien?", "Discard entry?")
        case .discardMessage: return ("Wat u in het formulier typte is nog niet opgeslagen.",
                                      "What you typed in the form has not been saved.")
        case .discardKeep: return ("Terug naar formulier", "Back to form")
        case .discardConfirm: return ("Weggooien", "Discard")
        case .ok: return ("OK", "OK")
        case .entryPrompts: return ("Vragenbibliotheek", "Question library")
        case .entryPromptsDetail: return ("Alle vragen van de methode, met tips.", "Every question of the method, with tips.")
        case .helpPrompts: return ("Vragenbibliotheek", "Question library")
        case .browserTitle: return ("Vragenbibliotheek", "Question library")
        case .searchLabel: return ("Zoek", "Search")
        case .searchPlaceholder: return ("typ woorden, bijv. wonder of schaal", "type words, e.g. miracle or scale")
        case .phaseLabel: return ("Fase", "Phase")
        case .audienceLabel: return ("Voor", "For")
        case .allPhases: return ("alle fasen", "all phases")
        case .promptCount(let n): return (n == 1 ? "1 vraag" : "\(n) vragen", n == 1 ? "1 question" : "\(n) questions")
        case .noPromptsMatch: return ("Geen vragen gevonden. Andere woorden, of Tab voor een andere fase.",
                                      "No questions found. Try other words, or Tab for another phase.")
        case .followUps: return ("Doorvragen", "Follow-up questions")
        case .tipLabel: return ("Tip", "Tip")
        case .hintPhase: return ("fase", "phase")
        case .hintAudience: return ("voor wie", "for whom")
        case .hintBack: return ("terug", "back")
        case .hintFull: return ("volledig", "full view")
        case .hintScroll: return ("bladeren", "scroll")
        case .helpSearch: return ("Typ om te zoeken (hoofdletters en accenten tellen niet)", "Type to search (case and accents do not matter)")
        case .helpPhaseFilter: return ("Volgende / vorige fase als filter", "Next / previous phase as filter")
        case .helpAudienceFilter: return ("Wissel: iedereen, ouder, kind, jongere", "Switch: everyone, parent, child, adolescent")
        case .helpListMove: return ("Kies een vraag", "Choose a question")
        case .helpFullView: return ("Vraag volledig tonen / terug naar de lijst", "Show the question in full / back to the list")
        case .helpBrowserBack: return ("Wis de zoekwoorden; daarna terug", "Clear the search; then go back")
        case .helpDetailScroll: return ("Blader in de volledige vraag", "Scroll the full question")
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
        case .organisationPromptsTitle: return ("Vragen van uw organisatie", "Your organisation's questions")
        case .worker: return ("werker", "worker")
        case .present: return ("Aanwezig", "Present")
        case .savedIndicator: return ("bewaard", "saved")
        case .savingIndicator: return ("opslaan…", "saving…")
        case .unsavedIndicator: return ("NIET BEWAARD", "NOT SAVED")
        case .sessionNumber(let n): return ("gesprek \(n)", "session \(n)")
        case .tag(let t):
            switch t {
            case .exception: return ("uitzondering", "exception")
            case .goal: return ("doel", "goal")
            case .strength: return ("kracht", "strength")
            case .worry: return ("zorg", "worry")
            case .miracleSign: return ("wonderteken", "miracle sign")
            case .coping: return ("volhouden", "coping")
            case .agreement: return ("afspraak", "agreement")
            case .complimentGiven: return ("compliment", "compliment given")
            }
        case .panelTitle(let p):
            switch p {
            case .people: return ("Aanwezig", "Present")
            case .scales: return ("Schalen", "Scales")
            case .plan: return ("Plan", "Plan")
            case .genogram: return ("Genogram", "Genogram")
            case .network: return ("Netwerk", "Network")
            }
        case .noteLabel: return ("notitie", "note")
        case .corrected: return ("gecorrigeerd", "corrected")
        case .retracted: return ("ingetrokken", "retracted")
        case .noEntriesYet: return ("Nog niets vastgelegd. Kies wie spreekt (Alt-1…9, Alt-0 voor een eigen notitie), typ letterlijk wat er gezegd wordt en druk op Enter.",
                                    "Nothing recorded yet. Choose who speaks (Alt-1…9, Alt-0 for your own note), type their words verbatim and press Enter.")
        case .typeHere(let who): return ("wat \(who) zegt, letterlijk", "what \(who) says, verbatim")
        case .typeNote: return ("uw eigen notitie (niet de woorden van het gezin)", "your own note (not the family's words)")
        case .amendLabel: return ("corrigeer", "correct")
        case .scaleTopicPrompt: return ("Onderwerp van de schaal, in de woorden van het gezin (leeg: vorige schaal)",
                                        "Topic of the scale, in the family's words (empty: the previous scale)")
        case .scaleValuesPrompt(let who): return ("Cijfer van \(who): 0–9, t = 10, spatie = overslaan", "\(who)'s number: 0–9, t = 10, space = skip")
        case .noScaleYet: return ("Nog geen schaal. F9 begint er een.", "No scale yet. F9 starts one.")
        case .resumedSession(let n): return ("Verder met gesprek \(n): alles wat bewaard was staat er weer.",
                                             "Continuing session \(n): everything that was saved is back.")
        case .promptOf(let i, let n): return ("\(i)/\(n)", "\(i)/\(n)")
        case .hintSpeaker: return ("wie", "who")
        case .hintTag: return ("label", "tag")
        case .hintNote: return ("notitie", "note")
        case .hintPrompt: return ("vraag", "question")
        case .hintPhaseKeys: return ("fase", "phase")
        case .hintPanel: return ("paneel", "panel")
        case .hintFamilyView: return ("voor gezin", "family view")
        case .hintScale: return ("schaal", "scale")
        case .hintClose: return ("afsluiten", "close")
        case .hintMore: return ("alle toetsen", "all keys")
        case .helpSpeakerKeys: return ("Wie spreekt: aanwezige gezinsleden op nummer", "Who speaks: present members by number")
        case .helpWorkerNote: return ("Eigen notitie (nooit een citaat)", "Your own note (never a quote)")
        case .helpTagKeys: return ("Label: uitzondering, doel, kracht, zorg, wonderteken, volhouden, afspraak, compliment",
                                   "Tag: exception, goal, strength, worry, miracle sign, coping, agreement, compliment")
        case .helpSave: return ("Bewaar de woorden (pas daarna staat er 'bewaard')", "Save the words ('saved' shows only after that)")
        case .helpAmend: return ("Corrigeer de laatste regel (de oude tekst blijft in de geschiedenis)", "Correct the last entry (the old text stays in the history)")
        case .helpRetract: return ("Trek de laatste regel in (blijft zichtbaar als ingetrokken)", "Retract the last entry (stays visible as retracted)")
        case .helpPromote: return ("Maak van de laatste uitzondering of het laatste wonderteken een doel", "Turn the last exception or miracle sign into a goal")
        case .helpPromptKeys: return ("Vorige / volgende vraag", "Previous / next question")
        case .helpPhaseKeys: return ("Vorige / volgende fase (wordt vastgelegd)", "Previous / next phase (recorded)")
        case .helpTipKey: return ("Tip voor de werker tonen of verbergen", "Show or hide the worker's tip")
        case .helpBrowserKey: return ("Vragenbibliotheek: kies een andere vraag", "Question library: choose another question")
        case .helpPanelKey: return ("Zijpaneel: aanwezig, schalen, genogram, netwerk", "Side panel: present, scales, genogram, network")
        case .helpFamilyViewKey: return ("Scherm voor het gezin (alleen hun eigen woorden)", "Family view (only their own words)")
        case .helpScaleKey: return ("Schaal: onderwerp, dan ieders cijfer met één toets", "Scale: topic, then each person's number with one key")
        case .helpCloseKey: return ("Afsluiten: samenvatting, controle, evaluatie", "Close: summary, check, evaluation")
        case .helpScrollKey: return ("Blader door het verslag", "Scroll the transcript")
        case .helpLeaveKey: return ("Gesprek onderbreken (later verder)", "Pause the session (resume later)")
        case .helpAudienceKey: return ("Vraag voor: iedereen, ouder, kind, jongere", "Question for: everyone, parent, child, adolescent")
        case .retractTitle: return ("Intrekken?", "Retract?")
        case .retractMessage(let t): return ("\"\(t)\" wordt als ingetrokken bewaard; de tekst blijft in de geschiedenis.",
                                             "\"\(t)\" is kept as retracted; the text stays in the history.")
        case .retractConfirm: return ("Intrekken", "Retract")
        case .keep: return ("Laten staan", "Keep")
        case .leaveTitle: return ("Gesprek onderbreken?", "Pause the session?")
        case .leaveMessage: return ("Alles wat bewaard is blijft. Open het gezin later om verder te gaan.",
                                    "Everything saved stays. Open the family later to continue.")
        case .leaveUnsavedText: return ("Let op: de tekst op de invoerregel is nog niet bewaard.", "Note: the text on the input line is not saved yet.")
        case .leaveConfirm: return ("Onderbreken", "Pause")
        case .nothingToPromote: return ("Geen uitzondering of wonderteken om een doel van te maken.", "No exception or miracle sign to turn into a goal.")
        case .promoted(let t): return ("Nieuw doel: \(t)", "New goal: \(t)")
        case .familyViewTitle(let name): return ("\(name): wat jullie vertelden", "\(name): what you told us")
        case .familyGoals: return ("Waar jullie naartoe willen", "Where you want to get to")
        case .familyGoingWell: return ("Wat al goed gaat", "What already goes well")
        case .familyScales: return ("Jullie cijfers", "Your numbers")
        case .familyAgreements: return ("Afspraken", "Agreements")
        case .familyNothingYet: return ("(nog niets)", "(nothing yet)")
        case .familyViewBack: return ("terug", "back")
        case .closingTitle: return ("Samenvatting in jullie eigen woorden", "Summary in your own words")
        case .closingIntro: return ("Lees het samen door. Klopt het, of wil het gezin iets veranderen?",
                                    "Read it through together. Is it right, or does the family want to change something?")
        case .closingNextAppointment: return ("Volgende afspraak", "Next appointment")
        case .closingConfirmHint: return ("j = het klopt   c = het gezin corrigeert   Esc = terug", "y = it is right   c = the family corrects   Esc = back")
        case .closingCorrectionsPrompt: return ("wat het gezin anders wil, in hun woorden", "what the family wants changed, in their words")
        case .evaluationTitle: return ("Hoe was dit gesprek voor jullie?", "How was this conversation for you?")
        case .evaluationHint(let i, let n): return ("Vraag \(i) van \(n): kies 0–9, t = 10, spatie = overslaan", "Item \(i) of \(n): choose 0–9, t = 10, space = skip")
        case .sessionClosed(let n): return ("Gesprek \(n) is afgesloten en bewaard.", "Session \(n) is closed and saved.")
        case .saveFailed(let d): return ("NIET BEWAARD: \(d) De tekst staat nog op de regel; Enter probeert opnieuw.",
                                         "NOT SAVED: \(d) The text is still on the line; Enter tries again.")
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
        case .fieldWhatHappened: return ("Wat gebeurde", "What happened")
        case .fieldWhere: return ("Waar", "Where")
        case .appointmentExample: return ("dinsdag 1 december, 10 uur", "Tuesday 1 December, 10 am")
        case .commaSeparated: return ("gescheiden door komma's", "separated by commas")
        case .columnChoices: return ("1 zorgen, 2 gaat goed, 3 moet gebeuren", "1 worries, 2 going well, 3 needs to happen")
        case .perspectiveChoices: return ("1 ouders, 2 kinderen, 3 netwerk, 4 professionals", "1 parents, 2 children, 3 network, 4 professionals")
        case .scoresExample: return ("totaal=14, emotie=5", "total=14, emotional=5")
        case .errorRequired: return ("Dit veld is nodig.", "This field is needed.")
        case .errorOptionNumber(let n): return (n == 0 ? "Leg eerst een mogelijkheid vast." : "Kies een nummer van 1 tot \(n).",
                                                n == 0 ? "Record an option first." : "Choose a number from 1 to \(n).")
        case .errorPreferenceSpeaker: return ("Kies eerst wie er spreekt (Alt-1…9).", "First choose who is speaking (Alt-1…9).")
        case .errorLadder: return ("Kies een niveau van 1 tot 5.", "Choose a level from 1 to 5.")
        case .errorChoice(let n): return ("Kies een nummer van 1 tot \(n).", "Choose a number from 1 to \(n).")
        case .errorScores: return ("Schrijf scores als naam=waarde, gescheiden door komma's.", "Write scores as name=value, separated by commas.")
        case .planOptions: return ("Mogelijkheden", "Options")
        case .planDecisions: return ("Besluiten", "Decisions")
        case .planAgreements: return ("Afspraken", "Agreements")
        case .planSafety: return ("Veiligheid", "Safety")
        case .planInstruments: return ("Instrumenten", "Instruments")
        case .planTimeline: return ("Tijdlijn", "Timeline")
        case .planEmpty: return ("Nog niets. F11 legt een afspraak, mogelijkheid, besluit en meer vast.",
                                 "Nothing yet. F11 records an agreement, option, decision and more.")
        case .ladderLevel(let n): return ("niveau \(n)", "level \(n)")
        case .safetyColumn(let c):
            switch c {
            case .worries: return ("zorgen", "worries")
            case .goingWell: return ("gaat goed", "going well")
            case .needsToHappen: return ("moet gebeuren", "needs to happen")
            }
        case .hintRecord: return ("vastleggen", "record")
        case .quickEntryLabel: return ("genogram", "genogram")
        case .quickEntryPlaceholder: return ("Riet, 71, moeder van Sandra, woont om de hoek   ·   netwerk: juf Marieke, school, dichtbij",
                                             "Riet, 71, mother of Sandra, lives nearby   ·   network: Ms Marieke, school, close")
        case .quickEntryProblem(let kind):
            switch kind {
            case .noName: return ("Begin met een naam.", "Start with a name.")
            case .ambiguousGrandparent(let child):
                return ("Van wie is dit de ouder? Schrijf bijv. 'moeder van …' met de vader of moeder van \(child).",
                        "Whose parent is this? Write e.g. 'mother of …' with \(child)'s father or mother.")
            case .unknownName(let name):
                return ("'\(name)' staat niet in het genogram of op de netwerkkaart.", "'\(name)' is not in the genogram or on the network map.")
            case .unknownGoal(let text):
                return ("Geen doel gevonden bij '\(text)'. Gebruik het nummer of woorden uit het doel.",
                        "No goal matches '\(text)'. Use its number or words from the goal.")
            case .notRelated(let a, let b):
                return ("Die relatie tussen \(a) en \(b) staat er niet in.", "That relation between \(a) and \(b) is not there.")
            case .samePerson(let name):
                return ("Een relatie van \(name) met \(name) zelf kan niet; kijk de namen na.", "\(name) cannot be related to themself; check the names.")
            case .shareParents(let a, let b):
                return ("\(a) en \(b) hebben dezelfde ouders: corrigeer met 'niet dochter van …' of 'niet zoon van …'.",
                        "\(a) and \(b) share their parents: correct with 'not daughter of …' or 'not son of …'.")
            case .ambiguousGrandchild(let grandparent):
                return ("Van wie is dit het kind? Schrijf bijv. 'dochter van …' met het kind van \(grandparent).",
                        "Whose child is this? Write e.g. 'daughter of …' with \(grandparent)'s child.")
            case .unknownRelation(let word):
                return ("'\(word)' ken ik niet als relatie. Voer het in via een ouder, bijv. 'Kees, broer van Sandra' voor een oom.",
                        "'\(word)' is not a relation I know. Enter it through a parent, e.g. 'Kees, brother of Sandra' for an uncle.")
            case .coupleHasChildren(let a, let b):
                return ("\(a) en \(b) hebben kinderen: corrigeer per kind ('niet vader van …') of haal iemand weg ('weg: …').",
                        "\(a) and \(b) have children: correct per child ('not father of …') or take someone off ('remove: …').")
            }
        case .helpQuickEntryKey: return ("Snel invoeren: personen, relaties en correcties voor het genogram; 'netwerk:' voor de netwerkkaart; 'weg:' haalt iemand weg (Tab vult namen aan)",
                                         "Quick entry: people, relations and corrections for the genogram; 'network:' for the network map; 'remove:' takes someone off (Tab completes names)")
        case .helpCompleteName: return ("Bij snel invoeren: vul de naam aan die u typt", "In quick entry: complete the name being typed")
        case .helpFullPanelKey: return ("Zijpaneel over het hele scherm (genogram, netwerkkaart) en terug", "Side panel over the whole screen (genogram, network map) and back")
        case .networkLegend(let ascii):
            let arrow = ascii ? ">" : "→"
            return ("p praktisch  g gezelschap  a advies  e emotioneel  ! belastend  \(arrow) eenzijdig · binnen: dichtbij",
                    "p practical  g company  a advice  e emotional  ! stressful  \(arrow) one-way · inside: close")
        case .tieStressful: return ("belastend", "stressful")
        case .tieOneWay: return ("eenzijdig", "one-way")
        case .assessment(let q):
            switch q {
            case .responds: return ("reageert", "responds")
            case .realHelp: return ("helpt echt", "real help")
            case .accessible: return ("bereikbaar", "accessible")
            case .reliable: return ("betrouwbaar", "reliable")
            }
        case .helpsWithGoal(let n): return ("helpt bij doel \(n)", "helps with goal \(n)")
        case .bond(let b):
            switch b {
            case .close: return ("hecht", "close")
            case .fused: return ("zeer hecht", "fused")
            case .distant: return ("afstand", "distant")
            case .conflict: return ("ruzie", "conflict")
            case .hostile: return ("vijandig", "hostile")
            case .cutOff: return ("contact verbroken", "cut off")
            case .repaired: return ("contact hersteld", "repaired")
            case .abuseConcern: return ("zorg: mishandeling", "concern: abuse")
            case .neglectConcern: return ("zorg: verwaarlozing", "concern: neglect")
            }
        case .sectorShort(let s):
            let nl = ["family": "familie", "friends": "vrienden", "school": "school/werk", "professionals": "hulpverlening", "leisure": "vrije tijd"]
            let en = ["family": "family", "friends": "friends", "school": "school/work", "professionals": "professionals", "leisure": "leisure"]
            return (nl[s] ?? s, en[s] ?? s)
        case .genogramEmpty: return ("Nog niemand in het genogram. F12 en dan bijv.: Riet, 71, moeder van Sandra",
                                     "Nobody in the genogram yet. F12, then e.g.: Riet, 71, mother of Sandra")
        case .networkEmpty: return ("Nog niemand op de netwerkkaart. F12 en dan: netwerk: juf Marieke, school, dichtbij",
                                    "Nobody on the network map yet. F12, then: network: Ms Marieke, school, close")
        case .coupleStatus(let c):
            switch c {
            case .married: return ("getrouwd", "married")
            case .cohabiting: return ("samenwonend", "cohabiting")
            case .separated: return ("uit elkaar", "separated")
            case .divorced: return ("gescheiden", "divorced")
            case .endedCohabitation: return ("samenwonen gestopt", "cohabitation ended")
            case .unknown: return ("ouders", "parents")
            }
        case .sector(let s):
            let nl = ["family": "familie", "friends": "vrienden en buren", "school": "school of werk", "professionals": "hulpverlening", "leisure": "vrije tijd"]
            let en = ["family": "family", "friends": "friends and neighbours", "school": "school or work", "professionals": "professionals", "leisure": "leisure"]
            return (nl[s] ?? s, en[s] ?? s)
        case .support(let s):
            let nl = ["practical": "praktisch", "company": "gezelschap", "advice": "advies", "emotional": "emotioneel"]
            let en = ["practical": "practical", "company": "company", "advice": "advice", "emotional": "emotional"]
            return (nl[s] ?? s, en[s] ?? s)
        case .ring(let r): return (["close": "dichtbij", "middle": "midden", "far": "verder weg"][r] ?? r,
                                   ["close": "close", "middle": "middle", "far": "further away"][r] ?? r)
        case .helpRecordKey: return ("Vastleggen: afspraak, mogelijkheid, voorkeur, besluit, veiligheid, instrument, tijdlijn",
                                     "Record: agreement, option, preference, decision, safety, instrument, timeline")
        case .earlierSessions: return ("Eerdere gesprekken", "Earlier sessions")
        case .sessionLine(let n, let d, let m, let w):
            let nlDays = d == 0 ? "vandaag" : (d == 1 ? "gisteren" : "\(d) dagen geleden")
            let enDays = d == 0 ? "today" : (d == 1 ? "yesterday" : "\(d) days ago")
            return ("gesprek \(n) · \(nlDays) · \(m) min · \(w) \(w == 1 ? "uitspraak" : "uitspraken")",
                    "session \(n) · \(enDays) · \(m) min · \(w) \(w == 1 ? "quote" : "quotes")")
        case .familyListTitle: return ("Gezin openen", "Open family")
        case .familyListEmpty: return ("Nog geen gezinnen. Esc en dan n voor een nieuw gezin.", "No families yet. Esc, then n for a new family.")
        case .presenceTitle(let name): return ("Wie is er bij? \(name)", "Who is here? \(name)")
        case .presenceIntro: return ("Spatie zet iemand aan of uit; Enter begint het gesprek.", "Space marks someone present or not; Enter starts the session.")
        case .presenceHint: return ("aan/uit", "toggle")
        case .presenceNone: return ("Nog geen gezinsleden. Het gesprek begint met alleen u; gezinsleden komen met het genogram.",
                                    "No family members yet. The session starts with only you; members come with the genogram.")
        case .organisationPromptsBroken(let dir, let n, let first): return (
            "In \(dir) \(n == 1 ? "staat 1 fout" : "staan \(n) fouten"). Die bestanden worden overgeslagen; Keukentafel werkt met de meegeleverde vragen. Eerste fout: \(first). Alles zien: keukentafel prompts check \(dir)",
            "\(dir) has \(n == 1 ? "1 error" : "\(n) errors"). Those files are skipped; Keukentafel uses its shipped questions. First error: \(first). To see all: keukentafel prompts check \(dir)")
        case .organisationPromptsUnreadable(let reason): return (
            "De vragen van uw organisatie konden niet gelezen worden (\(reason)). Keukentafel werkt met de meegeleverde vragen.",
            "Your organisation's questions could not be read (\(reason)). Keukentafel uses its shipped questions.")
        case .weekday(let d):
            let nl = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
            let en = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
            let i = (d - 1 + 7) % 7
            return (nl[i], en[i])
        case .month(let m):
            let nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                      "september", "oktober", "november", "december"]
            let en = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
            let i = (m - 1 + 12) % 12
            return (nl[i], en[i])
        }
    }
}
