import KeukentafelDomain

/// Fixed texts for the live session: transcript, keys, dialogs, family view and closing.
public enum SessionText: Hashable, Sendable, CaseIterable {
    case worker, present, savedIndicator, savingIndicator, unsavedIndicator
    case noteLabel, workerAloudLabel, typeWorkerAloud, corrected, retracted, noEntriesYet, typeNote, amendLabel
    case scaleTopicPrompt, noScaleYet
    case hintSpeaker, hintTag, hintNote, hintPrompt, hintPhaseKeys, hintPanel, hintFamilyView, hintScale, hintClose
    case hintMore
    case helpSpeakerKeys, helpWorkerNote, helpTagKeys, helpSave, helpAmend, helpRetract, helpPromote, helpPromptKeys
    case helpPhaseKeys
    case helpTipKey, helpBrowserKey, helpPanelKey, helpFamilyViewKey, helpScaleKey, helpCloseKey, helpScrollKey
    case helpLeaveKey, helpAudienceKey, helpPresenceKey
    case retractTitle, retractConfirm, keep
    case leaveTitle, leaveMessage, leaveUnsavedText, leaveConfirm
    case nothingToPromote, noteIsNotAGoal, goalNeedsOwner, goalShapingLabel, goalShapingHint
    case placeholderValue, placeholderName, placeholderGoal
    case quickEntryLineTitle, quickEntryLineBack, quickEntryLineAsQuickEntry, quickEntryLineAsWords
    case familyGoals, familyGoingWell, familyScales, familyAgreements, familyNothingYet, familyViewBack
    case helpPlanPreview, hintPlanPreview, planPreviewTitle
    case closingTitle, closingIntro, closingNextAppointment, closingConfirmHint, closingCorrectionsPrompt
    case closingCorrectionsHeading, correctionNeedsSpeaker
    case evaluationTitle
    case evaluationFamily, lowRatingsIntro

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .worker: return ("werker", "worker")
        case .placeholderValue: return ("[cijfer]", "[number]")
        case .placeholderName: return ("[naam]", "[name]")
        case .placeholderGoal: return ("[doel]", "[goal]")
        case .goalNeedsOwner: return ("Wiens doel is dit? Kies met Alt-1…9.", "Whose goal is this? Choose with Alt-1…9.")
        case .goalShapingLabel: return ("doel van", "goal of")
        case .goalShapingHint:
            return (
                "Samen positief en concreet maken: wat doen jullie dan? Enter bewaart.",
                "Make it positive and concrete together: what will you do? Enter saves."
            )
        case .helpPresenceKey:
            return (
                "Wie is er bij: iemand komt of gaat, of is nieuw (wordt vastgelegd)",
                "Who is here: someone arrives, leaves, or is new (recorded)"
            )
        case .noteIsNotAGoal:
            return (
                "Dit is uw eigen notitie, niet de woorden van het gezin: er komt geen doel van. Label hun eigen woorden.",
                "This is your own note, not the family's words: it cannot become their goal. Tag their own words."
            )
        case .quickEntryLineTitle: return ("Voor de kaart of hun woorden?", "For the map or their words?")
        case .quickEntryLineBack: return ("Terug naar de regel", "Back to the line")
        case .quickEntryLineAsQuickEntry: return ("Snel invoeren", "Quick entry")
        case .quickEntryLineAsWords: return ("Als hun woorden", "As their words")
        case .present: return ("Aanwezig", "Present")
        case .savedIndicator: return ("bewaard", "saved")
        case .savingIndicator: return ("opslaan…", "saving…")
        case .unsavedIndicator: return ("NIET BEWAARD", "NOT SAVED")
        case .noteLabel: return ("notitie", "note")
        case .workerAloudLabel: return ("werker zegt", "worker says")
        case .typeWorkerAloud:
            return ("wat u hardop tegen het gezin zegt", "what you say aloud to the family")
        case .corrected: return ("gecorrigeerd", "corrected")
        case .retracted: return ("ingetrokken", "retracted")
        case .noEntriesYet:
            return (
                "Nog niets vastgelegd. Kies wie spreekt (Alt-1…9, Alt-0 voor een eigen notitie), typ letterlijk wat er gezegd wordt en druk op Enter.",
                "Nothing recorded yet. Choose who speaks (Alt-1…9, Alt-0 for your own note), type their words verbatim and press Enter."
            )
        case .typeNote: return ("uw eigen notitie (niet de woorden van het gezin)", "your own note (not the family's words)")
        case .amendLabel: return ("corrigeer", "correct")
        case .scaleTopicPrompt:
            return (
                "Onderwerp van de schaal, in de woorden van het gezin (leeg: vorige schaal)",
                "Topic of the scale, in the family's words (empty: the previous scale)"
            )
        case .noScaleYet: return ("Nog geen schaal. F9 begint er een.", "No scale yet. F9 starts one.")
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
        case .helpWorkerNote:
            return (
                "Eigen notitie (nooit een citaat); nog eens Alt-0: wat u hardop tegen het gezin zegt",
                "Your own note (never a quote); Alt-0 again: what you say aloud to the family"
            )
        case .helpTagKeys:
            return (
                "Label: uitzondering, doel, kracht, zorg, wonderteken, volhouden, afspraak, compliment",
                "Tag: exception, goal, strength, worry, miracle sign, coping, agreement, compliment"
            )
        case .helpSave: return ("Bewaar de woorden (pas daarna staat er 'bewaard')", "Save the words ('saved' shows only after that)")
        case .helpAmend:
            return (
                "Corrigeer de laatste regel (de oude tekst blijft in de geschiedenis)",
                "Correct the last entry (the old text stays in the history)"
            )
        case .helpRetract:
            return ("Trek de laatste regel in (blijft zichtbaar als ingetrokken)", "Retract the last entry (stays visible as retracted)")
        case .helpPromote:
            return (
                "Maak van de laatste uitzondering of het laatste wonderteken een doel",
                "Turn the last exception or miracle sign into a goal"
            )
        case .helpPromptKeys: return ("Vorige / volgende vraag", "Previous / next question")
        case .helpPhaseKeys: return ("Vorige / volgende fase (wordt vastgelegd)", "Previous / next phase (recorded)")
        case .helpTipKey: return ("Tip voor de werker tonen of verbergen", "Show or hide the worker's tip")
        case .helpBrowserKey: return ("Vragenbibliotheek: kies een andere vraag", "Question library: choose another question")
        case .helpPanelKey: return ("Zijpaneel: aanwezig, schalen, genogram, netwerk", "Side panel: present, scales, genogram, network")
        case .helpFamilyViewKey: return ("Scherm voor het gezin (alleen hun eigen woorden)", "Family view (only their own words)")
        case .helpScaleKey:
            return ("Schaal: onderwerp, dan ieders cijfer met één toets", "Scale: topic, then each person's number with one key")
        case .helpCloseKey: return ("Afsluiten: samenvatting, controle, evaluatie", "Close: summary, check, evaluation")
        case .helpScrollKey: return ("Blader door het verslag", "Scroll the transcript")
        case .helpLeaveKey: return ("Gesprek onderbreken (later verder)", "Pause the session (resume later)")
        case .helpAudienceKey: return ("Vraag voor: iedereen, ouder, kind, jongere", "Question for: everyone, parent, child, adolescent")
        case .retractTitle: return ("Intrekken?", "Retract?")
        case .retractConfirm: return ("Intrekken", "Retract")
        case .keep: return ("Laten staan", "Keep")
        case .leaveTitle: return ("Gesprek onderbreken?", "Pause the session?")
        case .leaveMessage:
            return (
                "Alles wat bewaard is blijft. Open het gezin later om verder te gaan.",
                "Everything saved stays. Open the family later to continue."
            )
        case .leaveUnsavedText:
            return ("Let op: de tekst op de invoerregel is nog niet bewaard.", "Note: the text on the input line is not saved yet.")
        case .leaveConfirm: return ("Onderbreken", "Pause")
        case .nothingToPromote:
            return ("Geen uitzondering of wonderteken om een doel van te maken.", "No exception or miracle sign to turn into a goal.")
        case .familyGoals: return ("Waar jullie naartoe willen", "Where you want to get to")
        case .familyGoingWell: return ("Wat al goed gaat", "What already goes well")
        case .familyScales: return ("Jullie cijfers", "Your numbers")
        case .familyAgreements: return ("Afspraken", "Agreements")
        case .familyNothingYet: return ("(nog niets)", "(nothing yet)")
        case .familyViewBack: return ("terug", "back")
        case .helpPlanPreview:
            return (
                "Het plan zoals het gezin het meekrijgt (op papier), en terug", "The plan as the family takes it home (on paper), and back"
            )
        case .hintPlanPreview: return ("plan op papier", "plan on paper")
        case .planPreviewTitle: return ("Zo ziet het plan eruit", "The plan as it will print")
        case .closingTitle: return ("Samenvatting in jullie eigen woorden", "Summary in your own words")
        case .closingIntro:
            return (
                "Lees het samen door. Klopt het, of wil het gezin iets veranderen?",
                "Read it through together. Is it right, or does the family want to change something?"
            )
        case .closingNextAppointment: return ("Volgende afspraak", "Next appointment")
        case .closingConfirmHint:
            return ("j = het klopt   c = het gezin corrigeert   Esc = terug", "y = it is right   c = the family corrects   Esc = back")
        case .closingCorrectionsHeading: return ("Wat jullie anders zeiden", "What you said differently")
        case .correctionNeedsSpeaker:
            return (
                "Wie wil er iets anders? Kies met Alt-1…9 wie het zegt.", "Who wants something changed? Choose who says it with Alt-1…9."
            )
        case .closingCorrectionsPrompt: return ("wat het gezin anders wil, in hun woorden", "what the family wants changed, in their words")
        case .evaluationTitle: return ("Hoe was dit gesprek voor jullie?", "How was this conversation for you?")
        case .evaluationFamily: return ("het gezin", "the family")
        case .lowRatingsIntro:
            return (
                "Alleen voor jou, niet voor het gezin: lage cijfers om de volgende keer te bespreken:",
                "For you only, not for the family: low ratings to talk about next time:"
            )
        }
    }
}

/// Texts built from values, for the live session: transcript, keys, dialogs, family view and closing.
public enum SessionFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case sessionNumber(Int)
    case tag(Tag)
    case panelTitle(SidePanel)
    case typeHere(String)
    case scaleValuesPrompt(String)
    case scaleKind(ScaleKind)
    case scaleKindLine(ScaleKind)
    case scaleKindShort(ScaleKind)
    case scaleMeaningShort(ScaleKind)
    case resumedSession(Int)
    case promptOf(Int, Int)
    case retractMessage(String)
    case quickEntryLineMessage(String)
    case promoted(String)
    case familyViewTitle(String)
    case planPrintCommand(String)
    case evaluationHint(Int, Int)
    case sessionClosed(Int)
    case evaluationTurn(String, Int, Int)
    case evaluationAnchor(Int, String)
    case lowRating(String, String, Int)
    case saveFailed(String)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
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
        case .typeHere(let who): return ("wat \(who) zegt, letterlijk", "what \(who) says, verbatim")
        case .scaleKind(let kind):
            switch kind {
            case .burden: return ("last", "burden")
            case .goal: return ("voortgang", "progress")
            case .safety: return ("veiligheid", "safety")
            case .confidence: return ("vertrouwen", "confidence")
            case .motivation: return ("motivatie", "motivation")
            case .other: return ("schaal", "scale")
            }
        case .scaleKindLine(let kind):
            let (nl, en) = SessionFormat.scaleKind(kind).translations
            let (mnl, men) = SessionFormat.scaleMeaningShort(kind).translations
            return ("Soort: \(nl) (\(mnl)) · Tab wisselt", "Kind: \(en) (\(men)) · Tab changes")
        case .scaleMeaningShort(let kind):
            switch kind {
            case .burden: return ("0 = geen last, 10 = de meeste last", "0 = no trouble, 10 = the most trouble")
            case .goal: return ("0 = moeilijkste moment, 10 = doel bereikt", "0 = hardest moment, 10 = goal reached")
            case .safety: return ("0 = niet veilig, 10 = veilig genoeg", "0 = not safe, 10 = safe enough")
            case .confidence: return ("0 = geen vertrouwen, 10 = alle vertrouwen", "0 = no confidence, 10 = full confidence")
            case .motivation: return ("0 = niets ervoor doen, 10 = alles ervoor doen", "0 = do nothing for it, 10 = do everything")
            case .other: return ("0 tot 10", "0 to 10")
            }
        case .scaleKindShort(let kind):
            switch kind {
            case .burden: return ("last · 10 = zwaarst", "burden · 10 = heaviest")
            case .goal: return ("voortgang · 10 = doel bereikt", "progress · 10 = goal reached")
            case .safety: return ("veiligheid · 10 = veilig genoeg", "safety · 10 = safe enough")
            case .confidence: return ("vertrouwen · 10 = volledig", "confidence · 10 = full")
            case .motivation: return ("motivatie · 10 = alles ervoor", "motivation · 10 = all for it")
            case .other: return ("schaal 0–10", "scale 0–10")
            }
        case .scaleValuesPrompt(let who):
            return ("Cijfer van \(who): 0–9, t = 10, spatie = overslaan", "\(who)'s number: 0–9, t = 10, space = skip")
        case .resumedSession(let n):
            return (
                "Verder met gesprek \(n): alles wat bewaard was staat er weer.",
                "Continuing session \(n): everything that was saved is back."
            )
        case .promptOf(let i, let n): return ("\(i)/\(n)", "\(i)/\(n)")
        case .quickEntryLineMessage(let line):
            return (
                "\u{201C}\(line)\u{201D} begint als een regel voor de netwerkkaart of het genogram. Bewaren als snel invoeren, of toch als de woorden van het gezin?",
                "\u{201C}\(line)\u{201D} starts like a line for the network map or the genogram. Save it as quick entry, or as the family's words after all?"
            )
        case .retractMessage(let t):
            return (
                "\"\(t)\" wordt als ingetrokken bewaard; de tekst blijft in de geschiedenis.",
                "\"\(t)\" is kept as retracted; the text stays in the history."
            )
        case .promoted(let t): return ("Nieuw doel: \(t)", "New goal: \(t)")
        case .familyViewTitle(let name): return ("\(name): wat jullie vertelden", "\(name): what you told us")
        case .planPrintCommand(let name):
            return (
                "Afdrukken of meegeven: keukentafel plan \"\(name)\" --format html -o plan.html",
                "To print or hand over: keukentafel plan \"\(name)\" --format html -o plan.html"
            )
        case .evaluationHint(let i, let n):
            return (
                "Vraag \(i) van \(n): kies 0–9, t = 10, spatie = overslaan, Esc = terug",
                "Item \(i) of \(n): choose 0–9, t = 10, space = skip, Esc = back"
            )
        case .evaluationTurn(let who, let i, let n): return ("Aan de beurt: \(who) (\(i) van \(n))", "\(who)'s turn (\(i) of \(n))")
        case .evaluationAnchor(let n, let meaning): return ("\(n) betekent: \(meaning)", "\(n) means: \(meaning)")
        case .lowRating(let who, let item, let n):
            return ("\(who): \(n) bij \u{201C}\(item)\u{201D}", "\(who): \(n) for \u{201C}\(item)\u{201D}")
        case .sessionClosed(let n): return ("Gesprek \(n) is afgesloten en bewaard.", "Session \(n) is closed and saved.")
        case .saveFailed(let d):
            return (
                "NIET BEWAARD: \(d) De tekst staat nog op de regel; Enter probeert opnieuw.",
                "NOT SAVED: \(d) The text is still on the line; Enter tries again."
            )
        }
    }
}
