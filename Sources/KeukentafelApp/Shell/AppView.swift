import TerminalUI

/// Draws the whole app: the current screen, then any overlay on top.
public enum AppView {
    public static func render(_ state: AppState, _ canvas: inout Canvas) {
        guard canvas.size.fits(Chrome.minimum) else {
            Chrome.tooSmall(state, on: &canvas)
            return
        }
        switch state.screen {
        case .home(let home): HomeView.render(state, home, on: &canvas)
        case .newFamily(let form): NewFamilyView.render(state, form, on: &canvas)
        case .promptBrowser(let browser): PromptBrowserView.render(state, browser, on: &canvas)
        case .familyList(let list): FamilyListView.render(state, list, on: &canvas)
        case .presence(let presence): PresenceView.render(state, presence, on: &canvas)
        case .session(let session): SessionView.render(state, session, on: &canvas)
        case .search(let search): SearchView.render(state, search, on: &canvas)
        case .review(let review): ReviewView.render(state, review, on: &canvas)
        case .progress(let progress): ProgressView.render(state, progress, on: &canvas)
        case .caseload(let caseload): CaseloadView.render(state, caseload, on: &canvas)
        case .practice(let practice): PracticeView.render(state, practice, on: &canvas)
        case .practiceRound(let round): PracticeRoundView.render(state, round, on: &canvas)
        }
        switch state.overlay {
        case .help(let help)?:
            canvas.cursor = nil
            help.render(in: canvas.bounds, on: &canvas)
        case .dialog(let dialog, _)?:
            canvas.cursor = nil
            dialog.render(in: canvas.bounds, on: &canvas)
        case nil:
            break
        }
    }
}
