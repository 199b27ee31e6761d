import TerminalUI

/// Keys and mouse on the home screen.
enum HomeScreen {
    static func handle(_ event: InputEvent, _ home: inout HomeState, _ state: inout AppState) -> [AppCommand] {
        switch event {
        case .key(let k):
            if home.menu.handle(k, pageSize: HomeEntry.allCases.count) { return [] }
            guard k.modifiers.isEmpty || k.modifiers == .shift else { return [] }
            switch k.key {
            case .enter: open(home.selectedEntry, &home, &state)
            case .character("?"): AppCore.openHelp(&state)
            case .character("q"), .character("Q"): state.isFinished = true
            case .character("L"), .character("l"): state.language = state.language.other
            case .character(let c):
                if let entry = HomeEntry.allCases.first(where: { $0.shortcut == Character(c.lowercased()) }) {
                    home.menu.select(entry.rawValue)
                    open(entry, &home, &state)
                }
            default: break
            }
        case .mouse(let m):
            switch m.kind {
            case .scrollUp: home.menu.select(home.menu.selected - 1)
            case .scrollDown: home.menu.select(home.menu.selected + 1)
            case .press:
                let layout = HomeView.Layout(size: state.terminalSize)
                if let i = layout.entryRows.firstIndex(where: { $0.contains(m.position) }) {
                    home.menu.select(i)
                    open(HomeEntry.allCases[i], &home, &state)
                }
            }
        default:
            break
        }
        return []
    }

    private static func open(_ entry: HomeEntry, _ home: inout HomeState, _ state: inout AppState) {
        switch entry {
        case .newFamily: state.screen = .newFamily(NewFamilyState(language: state.language))
        case .prompts: state.screen = .promptBrowser(PromptBrowserState(catalog: state.prompts, language: state.language))
        case .openFamily: state.screen = .familyList(FamilyListState(count: state.families.count))
        case .practice, .review: AppCore.notYet(entry, &state)
        }
    }
}
