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
        case .familyCreated(let name, let families):
            state.families = families
            state.screen = .home(HomeState())
            state.overlay = .dialog(Dialog(title: state.t(.familySavedTitle), message: state.t(.familySaved(name)),
                                           buttons: [state.t(.ok)]), .notice)
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
            handleOverlay(overlay, event, &state)
            return []
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
            PromptBrowserScreen.handle(event, &browser, &state)
            if case .promptBrowser = state.screen { state.screen = .promptBrowser(browser) }
            return []
        }
    }

    private static func handleOverlay(_ overlay: AppState.Overlay, _ event: InputEvent, _ state: inout AppState) {
        guard case .key(let key) = event else { return }
        switch overlay {
        case .help(var help):
            state.overlay = help.handle(key) ? nil : .help(help)
        case .dialog(var dialog, let purpose):
            switch dialog.handle(key) {
            case .chose(let i):
                state.overlay = nil
                if purpose == .discardNewFamily && i == 1 { state.screen = .home(HomeState()) }
            case .dismissed:
                state.overlay = nil
            case .moved, .unhandled:
                state.overlay = .dialog(dialog, purpose)
            }
        }
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
