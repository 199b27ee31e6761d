import KeukentafelDomain
import MethodAnalysis
import TerminalUI

/// The pure heart of the app: `update` and `view`, wired into a `Program`. The shell
/// routes input to the screen on show and acts on what the screen reports: it is the
/// one place that knows how screens lead to one another.
public enum AppCore {
    /// Builds the program; `perform` and the environment come from the edge.
    public static func program(
        environment: AppEnvironment,
        perform: @escaping (AppCommand) -> [AppAction],
        clock: @escaping () -> LocalTime
    ) -> Program<AppState, AppAction, AppCommand> {
        Program(
            update: { state, action in update(&state, action, environment) },
            view: AppView.render,
            actionForEvent: { _, event in .input(event) },
            tick: { .tick(clock()) },
            perform: perform,
            isFinished: { $0.isFinished }
        )
    }

    public static func update(_ state: inout AppState, _ action: AppAction, _ env: AppEnvironment) -> [AppCommand] {
        switch action {
        case .tick(let now):
            if state.now != now { state.now = now }
            // A background sync reports through the tick (the pure core never waits on the network).
            let poll: [AppCommand] = state.sync?.running == true ? [.pollSync] : []
            if case .review(let r) = state.screen, r.replay?.playing == true { return poll + review(.tick(now.instant), &state, env) }
            if case .session = state.screen { return poll + session(.tick, &state, env) }
            return poll
        case .syncChanged(let status):
            state.sync = status
            return []
        case .familyNotSaved(let detail), .storeFailed(let detail):
            let message = if case .familyNotSaved = action { state.t(.commonFormat(.notSaved(detail))) } else { detail }
            state.overlay = .dialog(
                Dialog(title: state.t(.common(.notSavedTitle)), message: message, buttons: [state.t(.common(.ok))]), .notice)
            return []
        case .familiesChanged(let families):
            state.families = families
            return []
        case .familyOpened(let record):
            state.overlay = nil
            if let open = record.openSession {
                state.screen = .session(SessionState.resumed(record, open.id, state.prompts, state.language))
            } else {
                state.screen = .presence(PresenceState(record: record))
            }
            return []
        case .sessionReady(let record, let sessionID, let resumed):
            state.screen = .session(
                resumed
                    ? SessionState.resumed(record, sessionID, state.prompts, state.language)
                    : SessionState(record: record, sessionID: sessionID))
            return []
        case .appended(let record):
            if case .presence = state.screen { return presence(.committed(record), &state, env) }
            if case .review = state.screen { return review(.committed(record), &state, env) }
            if case .practiceRound = state.screen { return practiceRound(.committed(record), &state, env) }
            return session(.committed(record), &state, env)
        case .appendFailed(let detail):
            if case .session = state.screen { return session(.saveFailed(detail), &state, env) }
            if case .review = state.screen { return review(.saveFailed(detail), &state, env) }
            if case .practiceRound = state.screen { return practiceRound(.saveFailed(detail), &state, env) }
            state.overlay = .dialog(
                Dialog(
                    title: state.t(.common(.notSavedTitle)), message: state.t(.commonFormat(.notSaved(detail))),
                    buttons: [state.t(.common(.ok))]), .notice)
            return []
        case .input(let event):
            return input(event, &state, env)
        case .searchResults(let query, let hits):
            let context = state.context(env)
            return apply(state.scoped(.search) { SearchFeature.reduce(&$0, .results(query: query, hits: hits), context) }, &state)
        case .practiceRoundOpened(let logs, let family, let session):
            state.overlay = nil
            if let round = PracticeRoundState(logs: logs, family: family, session: session, catalog: state.prompts) {
                state.screen = .practiceRound(round)
            } else {
                // Said, not silently skipped: the round is stored, its feedback could not be read.
                state.overlay = .dialog(
                    Dialog(
                        title: state.t(.practiceRound(.feedbackTitle)), message: state.t(.practiceRound(.roundNotFound)),
                        buttons: [state.t(.common(.ok))]), .notice)
            }
            return []
        case .reviewOpened(let events, let family, let session, let subject):
            state.overlay = nil
            var review = ReviewState(events: events, familyID: family)
            if let session {
                review.open(session: session, at: subject, catalog: state.prompts)
                review.openedOnSession = true
            }
            // Chosen on the caseload: Esc in review comes back to it as it was.
            state.parkedCaseload = if case .caseload(let c) = state.screen { c } else { nil }
            state.screen = .review(review)
            return []
        case .caseloadLoaded(let records):
            let rows = Caseload.rows(records, now: state.now.instant, lowScore: state.prompts.evaluationLowScore, timeZone: state.timeZone)
            let context = state.context(env)
            return apply(state.scoped(.caseload) { CaseloadFeature.reduce(&$0, .loaded(rows), context) }, &state)
        }
    }

    // MARK: Input

    private static func input(_ event: InputEvent, _ state: inout AppState, _ env: AppEnvironment) -> [AppCommand] {
        switch event {
        case .interrupt:
            state.isFinished = true
            return []
        case .resize(let size):
            state.terminalSize = size
            return []
        default:
            break
        }
        if let overlay = state.overlay {
            return overlayInput(overlay, event, &state, env)
        }
        if case .key(let press) = event, press.key == .function(1) {
            openHelp(&state)
            return []
        }
        let context = state.context(env)
        switch state.screen {
        case .home:
            return apply(state.scoped(.home) { HomeFeature.handle(event, &$0, context) }, &state)
        case .newFamily:
            return apply(state.scoped(.newFamily) { NewFamilyFeature.handle(event, &$0, context) }, &state)
        case .promptBrowser:
            return apply(state.scoped(.promptBrowser) { PromptBrowserFeature.handle(event, &$0, context) }, &state, env)
        case .familyList:
            return apply(state.scoped(.familyList) { FamilyListFeature.handle(event, &$0, context) }, &state)
        case .presence:
            return apply(state.scoped(.presence) { PresenceFeature.handle(event, &$0, context) }, &state, env)
        case .session:
            guard let intent = state.scoped(.session, { SessionFeature.intent(for: event, $0, context) }) ?? nil else { return [] }
            return session(intent, &state, env)
        case .search:
            return apply(state.scoped(.search) { SearchFeature.handle(event, &$0, context) }, &state)
        case .review:
            return apply(state.scoped(.review) { ReviewFeature.handle(event, &$0, context) }, &state)
        case .progress:
            return apply(state.scoped(.progress) { ProgressFeature.handle(event, &$0, context) }, &state)
        case .caseload:
            return apply(state.scoped(.caseload) { CaseloadFeature.handle(event, &$0, context) }, &state)
        case .practice:
            return apply(state.scoped(.practice) { PracticeFeature.handle(event, &$0, context) }, &state)
        case .practiceRound:
            return apply(state.scoped(.practiceRound) { PracticeRoundFeature.handle(event, &$0, context) }, &state)
        }
    }

    /// Runs an intent on the practice round's feedback, if it is on show.
    private static func practiceRound(_ intent: PracticeRoundFeature.Intent, _ state: inout AppState, _ env: AppEnvironment)
        -> [AppCommand]
    {
        let context = state.context(env)
        return apply(state.scoped(.practiceRound) { PracticeRoundFeature.reduce(&$0, intent, context) }, &state)
    }

    /// Runs an intent on review, if it is on show.
    private static func review(_ intent: ReviewFeature.Intent, _ state: inout AppState, _ env: AppEnvironment) -> [AppCommand] {
        let context = state.context(env)
        return apply(state.scoped(.review) { ReviewFeature.reduce(&$0, intent, context) }, &state)
    }

    /// Runs an intent on who is present, if it is on show.
    private static func presence(_ intent: PresenceFeature.Intent, _ state: inout AppState, _ env: AppEnvironment) -> [AppCommand] {
        let context = state.context(env)
        return apply(state.scoped(.presence) { PresenceFeature.reduce(&$0, intent, context) }, &state, env)
    }

    /// Runs an intent on the live session, if it is on show.
    private static func session(_ intent: SessionFeature.Intent, _ state: inout AppState, _ env: AppEnvironment) -> [AppCommand] {
        let context = state.context(env)
        return apply(
            state.scoped(.session) { s in
                let step = SessionFeature.reduce(&s, intent, context)
                SessionCards.noteCard(&s, context)
                return step
            }, &state)
    }

    private static func overlayInput(
        _ overlay: AppState.Overlay, _ event: InputEvent, _ state: inout AppState,
        _ env: AppEnvironment
    ) -> [AppCommand] {
        guard case .key(let key) = event else { return [] }
        switch overlay {
        case .help(var help):
            state.overlay = help.handle(key) ? nil : .help(help)
        case .dialog(var dialog, let purpose):
            switch dialog.handle(key) {
            case .chose(let i):
                state.overlay = nil
                return answered(purpose, button: i, &state, env)
            case .dismissed:
                state.overlay = nil
            case .moved, .unhandled:
                state.overlay = .dialog(dialog, purpose)
            }
        }
        return []
    }

    /// A dialog's answer; the first button is always "back, change nothing".
    private static func answered(_ purpose: DialogPurpose, button: Int, _ state: inout AppState, _ env: AppEnvironment) -> [AppCommand] {
        switch (purpose, button) {
        case (.discardNewFamily, 1), (.leaveSession, 1): state.screen = .home(HomeState())
        case (.retract(let entry), 1): return session(.retract(entry), &state, env)
        case (.quickEntryLine, 1): return session(.lineIsQuickEntry, &state, env)
        case (.quickEntryLine, 2): return session(.lineIsWords, &state, env)
        case (.quickEntryQuestion(let line, let answers), let option) where option >= 1:
            return session(.quickEntryAnswered(line: line, answers: answers + [option - 1]), &state, env)
        default: break
        }
        return []
    }

    // MARK: Outcomes

    /// A paste too long for its field: nothing was inserted, and a notice says so (with the
    /// field's limit), so that no pasted text is lost without the worker knowing.
    private static func sayRefusedPaste<Outcome>(_ step: Step<Outcome>?, _ state: inout AppState) {
        guard let refusal = step?.refusedPaste else { return }
        state.overlay = .dialog(
            Dialog(
                title: state.t(.common(.pasteTooLongTitle)),
                message: state.t(.commonFormat(.pasteTooLong(limit: refusal.limit, room: refusal.room))),
                buttons: [state.t(.common(.ok))]), .notice)
    }

    private static func apply(_ step: Step<HomeFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        switch step?.outcome {
        case .open(.newFamily)?: state.screen = .newFamily(NewFamilyState(language: state.language))
        case .open(.prompts)?: state.screen = .promptBrowser(PromptBrowserState(catalog: state.prompts, language: state.language))
        case .open(.openFamily)?: state.screen = .familyList(FamilyListState(count: state.families.count))
        case .open(.review)?:
            state.screen = .caseload(CaseloadState())
            return (step?.commands ?? []) + [.loadCaseload]
        case .open(.practice)?: state.screen = .practice(PracticeState(count: state.prompts.cases[state.language]?.count ?? 0))
        case .help?: openHelp(&state)
        case .quit?: state.isFinished = true
        case .switchLanguage?: state.language = state.language.other
        case .search?: state.screen = .search(SearchState())
        case nil: break
        }
        return step?.commands ?? []
    }

    private static func apply(_ step: Step<NewFamilyFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        sayRefusedPaste(step, &state)
        switch step?.outcome {
        case .leave?: state.screen = .home(HomeState())
        case .confirmDiscard?:
            state.overlay = .dialog(
                Dialog(
                    title: state.t(.newFamily(.discardTitle)), message: state.t(.newFamily(.discardMessage)),
                    buttons: [state.t(.newFamily(.discardKeep)), state.t(.newFamily(.discardConfirm))]), .discardNewFamily)
        case nil: break
        }
        return step?.commands ?? []
    }

    private static func apply(_ step: Step<FamilyListFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        if step?.outcome == .back { state.screen = .home(HomeState()) }
        return step?.commands ?? []
    }

    private static func apply(_ step: Step<PresenceFeature.Outcome>?, _ state: inout AppState, _ env: AppEnvironment) -> [AppCommand] {
        sayRefusedPaste(step, &state)
        var commands = step?.commands ?? []
        guard let outcome = step?.outcome else { return commands }
        // Opened over a live session: back to it, with the newest record (members added here).
        if var parked = state.parkedSession, case .presence(let p) = state.screen {
            parked.record = p.record
            state.screen = .session(parked)
            state.parkedSession = nil
            if case .presenceChosen(let present) = outcome { commands += session(.presenceChosen(present), &state, env) }
            return commands
        }
        if outcome == .back { state.screen = .home(HomeState()) }
        return commands
    }

    private static func apply(_ step: Step<PromptBrowserFeature.Outcome>?, _ state: inout AppState, _ env: AppEnvironment) -> [AppCommand] {
        sayRefusedPaste(step, &state)
        var commands = step?.commands ?? []
        switch step?.outcome {
        case .back?:
            backToParkedSessionOrHome(&state)
        case .picked(let id)?:
            guard let parked = state.parkedSession else { break }
            state.screen = .session(parked)
            state.parkedSession = nil
            commands += session(.pickPrompt(id), &state, env)
        case nil:
            break
        }
        return commands
    }

    private static func apply(_ step: Step<SearchFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        sayRefusedPaste(step, &state)
        var commands = step?.commands ?? []
        switch step?.outcome {
        case .back?:
            backToParkedSessionOrHome(&state)
        case .open(let hit)?:
            // The live session's own family is already open: back to it as it was.
            if let parked = state.parkedSession, parked.record.familyID == hit.familyID {
                state.screen = .session(parked)
                state.parkedSession = nil
            } else {
                // Opening another family leaves the live session open in the store, as Esc does.
                // Words of a session open that session in review at the hit; a name opens the family.
                state.parkedSession = nil
                if let session = hit.sessionID {
                    commands.append(.openReview(family: hit.familyID, session: session, subject: hit.entryID))
                } else {
                    commands.append(.openFamily(hit.familyID))
                }
            }
        case nil:
            break
        }
        return commands
    }

    private static func apply(_ step: Step<SessionFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        sayRefusedPaste(step, &state)
        switch step?.outcome {
        case .openLibrary?:
            if case .session(let s) = state.screen {
                state.parkedSession = s
                state.screen = .promptBrowser(PromptBrowserState(catalog: state.prompts, language: state.language, picking: true))
            }
        case .openSearch?:
            if case .session(let s) = state.screen {
                state.parkedSession = s
                state.screen = .search(SearchState())
            }
        case .editPresence?:
            if case .session(let s) = state.screen {
                state.parkedSession = s
                state.screen = .presence(PresenceState(record: s.record, present: Set(s.session?.present ?? []), midSession: true))
            }
        case .confirmLeave(let unsavedText)?:
            var message = state.t(.session(.leaveMessage))
            if unsavedText { message += " " + state.t(.session(.leaveUnsavedText)) }
            state.overlay = .dialog(
                Dialog(
                    title: state.t(.session(.leaveTitle)), message: message,
                    buttons: [state.t(.session(.keep)), state.t(.session(.leaveConfirm))]), .leaveSession)
        case .confirmRetract(let entry, let text)?:
            state.overlay = .dialog(
                Dialog(
                    title: state.t(.session(.retractTitle)), message: state.t(.sessionFormat(.retractMessage(text.truncated(cells: 60)))),
                    buttons: [state.t(.session(.keep)), state.t(.session(.retractConfirm))]), .retract(entry))
        case .confirmQuickEntryLine(let line)?:
            state.overlay = .dialog(
                Dialog(
                    title: state.t(.session(.quickEntryLineTitle)), message: state.t(.sessionFormat(.quickEntryLineMessage(line))),
                    buttons: [
                        state.t(.session(.quickEntryLineBack)), state.t(.session(.quickEntryLineAsQuickEntry)),
                        state.t(.session(.quickEntryLineAsWords)),
                    ]), .quickEntryLine)
        case .askQuickEntry(let line, let answers, let question)?:
            // The options are listed by number in the message; the buttons are their numbers.
            state.overlay = .dialog(
                Dialog(
                    title: state.t(.genogram(.quickEntryQuestionTitle)), message: state.t(.genogramFormat(.quickEntryQuestion(question))),
                    buttons: [state.t(.genogram(.quickEntryQuestionBack))] + question.options.indices.map { "\($0 + 1)" },
                    numberKeys: true), .quickEntryQuestion(line: line, answers: answers))
        case .closed(let number, let low)?:
            // A practice round goes on to the observer's scores and the feedback.
            if case .session(let s) = state.screen, s.session?.kind == .practice {
                state.screen = .home(HomeState())
                return (step?.commands ?? []) + [.openPracticeRound(family: s.record.familyID, session: s.sessionID)]
            }
            state.screen = .home(HomeState())
            // Low ratings are told to the worker here, after the family's part is over.
            let message = state.t(.sessionFormat(.sessionClosed(number))) + Evaluation.noticeLines(low, state.language)
            state.overlay = .dialog(
                Dialog(
                    title: state.t(.common(.familySavedTitle)), message: message,
                    buttons: [state.t(.common(.ok))]), .notice)
        case nil:
            break
        }
        return step?.commands ?? []
    }

    private static func apply(_ step: Step<ReviewFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        sayRefusedPaste(step, &state)
        switch step?.outcome {
        case .back?: backToCaseloadOrHome(&state)
        case .progress(let record)?:
            if case .review(var review) = state.screen {
                // Play picks up where it was on return, rather than jumping by the time spent away.
                review.replay?.lastTick = nil
                state.parkedReview = review
            }
            state.screen = .progress(
                ProgressState(record: record, lowScore: state.prompts.evaluationLowScore, timeZone: state.timeZone))
        case nil: break
        }
        return step?.commands ?? []
    }

    private static func apply(_ step: Step<ProgressFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        if step?.outcome == .back {
            if let parked = state.parkedReview {
                state.screen = .review(parked)
                state.parkedReview = nil
            } else {
                state.screen = .home(HomeState())
            }
        }
        return step?.commands ?? []
    }

    private static func apply(_ step: Step<CaseloadFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        if step?.outcome == .back { state.screen = .home(HomeState()) }
        return step?.commands ?? []
    }

    /// Back where review was opened from: the caseload as it was, or home.
    private static func backToCaseloadOrHome(_ state: inout AppState) {
        if let parked = state.parkedCaseload {
            state.screen = .caseload(parked)
            state.parkedCaseload = nil
        } else {
            state.screen = .home(HomeState())
        }
    }

    private static func apply(_ step: Step<PracticeRoundFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        sayRefusedPaste(step, &state)
        if step?.outcome == .home { state.screen = .home(HomeState()) }
        return step?.commands ?? []
    }

    private static func apply(_ step: Step<PracticeFeature.Outcome>?, _ state: inout AppState) -> [AppCommand] {
        switch step?.outcome {
        case .back?: state.screen = .home(HomeState())
        case .start(let events)?: return (step?.commands ?? []) + [.startPractice(events)]
        case nil: break
        }
        return step?.commands ?? []
    }

    /// Back where a screen was opened: the live session as it was, or home.
    private static func backToParkedSessionOrHome(_ state: inout AppState) {
        if let parked = state.parkedSession {
            state.screen = .session(parked)
            state.parkedSession = nil
        } else {
            state.screen = .home(HomeState())
        }
    }

    // MARK: Help and notices

    static func openHelp(_ state: inout AppState) {
        state.overlay = .help(
            HelpOverlay(title: state.t(.common(.helpTitle)), entries: helpEntries(state), footer: state.t(.common(.helpFooter))))
    }

    /// The keys of the current screen, for the help overlay: from its key table.
    static func helpEntries(_ state: AppState) -> [KeyHelp] {
        switch state.screen {
        case .home: return HomeFeature.keys.help(state.language)
        case .newFamily: return NewFamilyFeature.keys.help(state.language)
        case .familyList: return FamilyListFeature.keys.help(state.language)
        case .presence: return PresenceFeature.keys.help(state.language)
        case .session: return SessionFeature.keys.help(state.language)
        case .promptBrowser: return PromptBrowserFeature.keys.help(state.language)
        case .search: return SearchFeature.keys.help(state.language)
        case .review(let r): return (r.replay?.draft != nil ? ReviewFeature.draftKeys : ReviewFeature.keys).help(state.language)
        case .practice: return PracticeFeature.keys.help(state.language)
        case .practiceRound(let r):
            return (r.stage == .observer ? PracticeRoundFeature.scoringKeys : PracticeRoundFeature.keys).help(state.language)
        case .progress: return ProgressFeature.keys.help(state.language)
        case .caseload: return CaseloadFeature.keys.help(state.language)
        }
    }
}
