import KeukentafelDomain
import TerminalUI

/// The pure heart of the app: `update` and `view`, wired into a `Program`.
public enum AppCore {
    /// Builds the program; `perform` and `clock` come from the edge.
    public static func program(
        perform: @escaping (AppCommand) -> [AppAction],
        clock: @escaping () -> LocalTime
    ) -> Program<AppState, AppAction, AppCommand> {
        Program(
            update: update,
            view: AppView.render,
            actionForEvent: { _, event in .input(event) },
            tick: { .tick(clock()) },
            perform: perform,
            isFinished: { $0.isFinished }
        )
    }

    public static func update(_ state: inout AppState, _ action: AppAction) -> [AppCommand] {
        switch action {
        case .tick(let now):
            if state.now != now { state.now = now }
            return []
        case .familyNotSaved(let detail):
            state.overlay = .dialog(Dialog(title: state.t(.notSavedTitle), message: state.t(.notSaved(detail)),
                                           buttons: [state.t(.ok)]), .notice)
            return []
        case .familiesChanged(let families):
            state.families = families
            return []
        case .familyOpened(let record):
            state.overlay = nil
            if let open = record.openSession {
                state.screen = .session(SessionScreen.resume(record, open.id))
            } else {
                state.screen = .presence(PresenceState(record: record))
            }
            return []
        case .sessionReady(let record, let sessionID, let resumed):
            var s = SessionState(record: record, sessionID: sessionID)
            if resumed { s.status = .resumedSession(s.session?.number ?? 0) }
            state.screen = .session(s)
            return []
        case .appended(let record):
            guard case .session(var s) = state.screen else { return [] }
            SessionScreen.committed(record, &s)
            if s.session?.ended != nil {
                state.screen = .home(HomeState())
                state.overlay = .dialog(Dialog(title: state.t(.familySavedTitle), message: state.t(.sessionClosed(s.session?.number ?? 0)),
                                               buttons: [state.t(.ok)]), .notice)
            } else {
                state.screen = .session(s)
            }
            return []
        case .appendFailed(let detail):
            if case .session(var s) = state.screen {
                s.awaitingSave = false
                s.saveProblem = detail
                state.screen = .session(s)
            } else {
                state.overlay = .dialog(Dialog(title: state.t(.notSavedTitle), message: state.t(.notSaved(detail)),
                                               buttons: [state.t(.ok)]), .notice)
            }
            return []
        case .storeFailed(let detail):
            state.overlay = .dialog(Dialog(title: state.t(.notSavedTitle), message: detail, buttons: [state.t(.ok)]), .notice)
            return []
        case .input(let event):
            return handle(event, &state)
        }
    }

    private static func handle(_ event: InputEvent, _ state: inout AppState) -> [AppCommand] {
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
            return handleOverlay(overlay, event, &state)
        }
        if case .key(let k) = event, k.key == .function(1) {
            openHelp(&state)
            return []
        }
        switch state.screen {
        case .home(var home):
            let commands = HomeScreen.handle(event, &home, &state)
            if case .home = state.screen { state.screen = .home(home) }
            return commands
        case .newFamily(var form):
            let commands = NewFamilyScreen.handle(event, &form, &state)
            if case .newFamily = state.screen { state.screen = .newFamily(form) }
            return commands
        case .promptBrowser(var browser):
            let commands = PromptBrowserScreen.handle(event, &browser, &state)
            if case .promptBrowser = state.screen { state.screen = .promptBrowser(browser) }
            return commands
        case .familyList(var list):
            let commands = FamilyListScreen.handle(event, &list, &state)
            if case .familyList = state.screen { state.screen = .familyList(list) }
            return commands
        case .presence(var presence):
            let commands = PresenceScreen.handle(event, &presence, &state)
            if case .presence = state.screen { state.screen = .presence(presence) }
            return commands
        case .session(var session):
            let commands = SessionScreen.handle(event, &session, &state)
            if case .session = state.screen { state.screen = .session(session) }
            return commands
        }
    }

    private static func handleOverlay(_ overlay: AppState.Overlay, _ event: InputEvent, _ state: inout AppState) -> [AppCommand] {
        guard case .key(let key) = event else { return [] }
        switch overlay {
        case .help(var help):
            state.overlay = help.handle(key) ? nil : .help(help)
        case .dialog(var dialog, let purpose):
            switch dialog.handle(key) {
            case .chose(let i):
                state.overlay = nil
                if purpose == .discardNewFamily && i == 1 { state.screen = .home(HomeState()) }
                if i == 1, case .session(var s) = state.screen {
                    switch purpose {
                    case .retract(let entry):
                        s.awaitingSave = true
                        state.screen = .session(s)
                        return [.append(family: s.record.familyID, session: s.sessionID,
                                        payloads: [.entryRetracted(.init(entryID: entry))])]
                    case .leaveSession:
                        state.screen = .home(HomeState())
                    default:
                        break
                    }
                }
            case .dismissed:
                state.overlay = nil
            case .moved, .unhandled:
                state.overlay = .dialog(dialog, purpose)
            }
        }
        return []
    }

    static func openHelp(_ state: inout AppState) {
        state.overlay = .help(HelpOverlay(title: state.t(.helpTitle), entries: helpEntries(state),
                                          footer: state.t(.helpFooter)))
    }

    /// The keys of the current screen, for the help overlay.
    static func helpEntries(_ state: AppState) -> [KeyHelp] {
        let t = state.t
        switch state.screen {
        case .home:
            return [
                KeyHelp("↑ ↓  j k", t(.helpMove)),
                KeyHelp("Enter", t(.helpOpen)),
                KeyHelp("n", t(.helpNewFamily)),
                KeyHelp("o", t(.helpOpenFamily)),
                KeyHelp("b", t(.helpPrompts)),
                KeyHelp("p", t(.helpPractice)),
                KeyHelp("r", t(.helpReview)),
                KeyHelp("L", t(.helpLanguage)),
                KeyHelp("?  F1", t(.helpHelp)),
                KeyHelp("q", t(.helpQuit)),
                KeyHelp("Ctrl-C", t(.helpInterrupt)),
            ]
        case .newFamily:
            return [
                KeyHelp("Tab  ↓", t(.helpNextField)),
                KeyHelp("Shift-Tab  ↑", t(.helpPreviousField)),
                KeyHelp("Enter", t(.helpSubmit)),
                KeyHelp("Esc", t(.helpCancelForm)),
                KeyHelp("Ctrl-A  Ctrl-E", t(.helpLineStartEnd)),
                KeyHelp("Alt-B  Alt-F", t(.helpWordMove)),
                KeyHelp("Ctrl-K  Ctrl-U", t(.helpKill)),
                KeyHelp("Ctrl-W", t(.helpDeleteWord)),
                KeyHelp(t(.hintPaste), t(.helpPasteKeepsLines)),
                KeyHelp("F1", t(.helpHelp)),
                KeyHelp("Ctrl-C", t(.helpInterrupt)),
            ]
        case .familyList, .presence:
            return [
                KeyHelp("↑ ↓", t(.helpMove)),
                KeyHelp("Space", t(.presenceHint)),
                KeyHelp("Enter", t(.helpOpen)),
                KeyHelp("Esc", t(.hintBack)),
                KeyHelp("Ctrl-C", t(.helpInterrupt)),
            ]
        case .session:
            return [
                KeyHelp("Alt-1 … Alt-9", t(.helpSpeakerKeys)),
                KeyHelp("Alt-0", t(.helpWorkerNote)),
                KeyHelp("Alt-E G S W M C A K", t(.helpTagKeys)),
                KeyHelp("Enter", t(.helpSave)),
                KeyHelp("Alt-U", t(.helpAmend)),
                KeyHelp("Alt-X", t(.helpRetract)),
                KeyHelp("Alt-P", t(.helpPromote)),
                KeyHelp("F3  F4", t(.helpPromptKeys)),
                KeyHelp("F5  F6", t(.helpPhaseKeys)),
                KeyHelp("Alt-T", t(.helpTipKey)),
                KeyHelp("Alt-V", t(.helpAudienceKey)),
                KeyHelp("F2", t(.helpBrowserKey)),
                KeyHelp("F7", t(.helpPanelKey)),
                KeyHelp("F8", t(.helpFamilyViewKey)),
                KeyHelp("F9", t(.helpScaleKey)),
                KeyHelp("F10", t(.helpCloseKey)),
                KeyHelp("F11", t(.helpRecordKey)),
                KeyHelp("F12", t(.helpQuickEntryKey)),
                KeyHelp("Alt-Z", t(.helpFullPanelKey)),
                KeyHelp("PgUp PgDn", t(.helpScrollKey)),
                KeyHelp("Esc", t(.helpLeaveKey)),
                KeyHelp(t(.hintPaste), t(.helpPasteKeepsLines)),
                KeyHelp("Ctrl-C", t(.helpInterrupt)),
            ]
        case .promptBrowser:
            return [
                KeyHelp("a-z …", t(.helpSearch)),
                KeyHelp("↑ ↓  PgUp PgDn", t(.helpListMove)),
                KeyHelp("Tab  Shift-Tab", t(.helpPhaseFilter)),
                KeyHelp("F2", t(.helpAudienceFilter)),
                KeyHelp("Enter", t(.helpFullView)),
                KeyHelp("PgUp PgDn", t(.helpDetailScroll)),
                KeyHelp("Esc", t(.helpBrowserBack)),
                KeyHelp("F1", t(.helpHelp)),
                KeyHelp("Ctrl-C", t(.helpInterrupt)),
            ]
        }
    }

    static func notYet(_ entry: HomeEntry, _ state: inout AppState) {
        state.overlay = .dialog(
            Dialog(title: state.t(.notYetTitle), message: state.t(.notYet(state.t(entry.label))), buttons: [state.t(.ok)]),
            .notice)
    }
}
