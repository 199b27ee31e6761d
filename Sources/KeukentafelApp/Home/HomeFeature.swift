import TerminalUI

/// The four ways into Keukentafel from the home screen.
public enum HomeEntry: Int, CaseIterable, Sendable {
    case newFamily, openFamily, prompts, practice, review

    var label: UIText {
        switch self {
        case .newFamily: return .home(.entryNewFamily)
        case .openFamily: return .home(.entryOpenFamily)
        case .prompts: return .home(.entryPrompts)
        case .practice: return .home(.entryPractice)
        case .review: return .home(.entryReview)
        }
    }

    var detail: UIText {
        switch self {
        case .newFamily: return .home(.entryNewFamilyDetail)
        case .openFamily: return .home(.entryOpenFamilyDetail)
        case .prompts: return .home(.entryPromptsDetail)
        case .practice: return .home(.entryPracticeDetail)
        case .review: return .home(.entryReviewDetail)
        }
    }

    /// The shortcut key shown beside the entry (and bound in the key table).
    var shortcut: Character {
        switch self {
        case .newFamily: return "n"
        case .openFamily: return "o"
        case .prompts: return "b"
        case .practice: return "p"
        case .review: return "r"
        }
    }

    var help: UIText {
        switch self {
        case .newFamily: return .home(.helpNewFamily)
        case .openFamily: return .home(.helpOpenFamily)
        case .prompts: return .home(.helpPrompts)
        case .practice: return .home(.helpPractice)
        case .review: return .home(.helpReview)
        }
    }
}

/// The home screen's own state.
public struct HomeState: Equatable, Sendable {
    public var menu = ScrollList(count: HomeEntry.allCases.count)
    public init() {}
    public var selectedEntry: HomeEntry { HomeEntry(rawValue: menu.selected) ?? .newFamily }
}

/// The home screen: a menu of entries, a language switch, help and quit.
enum HomeFeature: ScreenFeature {
    enum Intent: Sendable {
        case moveMenu(KeyPress)
        case openSelected
        case open(HomeEntry)
        case mouse(MouseEvent)
        case help, quit, switchLanguage, search
    }

    enum Outcome: Equatable {
        case open(HomeEntry)
        case help, quit, switchLanguage, search
    }

    static let keys = KeyTable<Intent>(
        [
            .moveInList("↑ ↓  j k", hintOrder: 0) { .moveMenu($0) },
            KeyBinding("Enter", .common(.helpOpen), hints: [KeyHint(.common(.hintOpen), order: 1)], on: [Keys.enter], .openSelected),
        ]
            + HomeEntry.allCases.map { entry in
                KeyBinding(String(entry.shortcut), entry.help, on: Keys.letter(entry.shortcut), .open(entry))
            } + [
                KeyBinding("/", .search(.helpOpenSearch), on: Keys.letter("/"), .search),
                KeyBinding(
                    "L", .home(.helpLanguage), hints: [KeyHint(.home(.hintLanguage), order: 4)], on: Keys.letter("L"), .switchLanguage),
                KeyBinding(
                    "?  F1", .common(.helpHelp),
                    hints: [
                        KeyHint(.common(.hintHelp), order: 2, key: "?"), KeyHint(.common(.hintHelp), order: 0, key: "?", line: .compact),
                    ],
                    on: Keys.letter("?"), .help),
                KeyBinding(
                    "q", .home(.helpQuit),
                    hints: [KeyHint(.home(.hintQuit), order: 3), KeyHint(.home(.hintQuit), order: 1, line: .compact)],
                    on: Keys.letter("q"), .quit),
                .interrupt,
            ])

    static func intent(for event: InputEvent, _ state: HomeState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .key(let press): return keys.intent(for: press)
        case .mouse(let m): return .mouse(m)
        default: return nil
        }
    }

    static func reduce(_ home: inout HomeState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .moveMenu(let press):
            _ = home.menu.handle(press, pageSize: HomeEntry.allCases.count)
            return .none
        case .openSelected:
            return .report(.open(home.selectedEntry))
        case .open(let entry):
            home.menu.select(entry.rawValue)
            return .report(.open(entry))
        case .mouse(let m):
            if home.menu.handleWheel(m.kind) { return .none }
            let layout = HomeView.Layout(size: context.terminalSize)
            guard let i = layout.entryRows.firstIndex(where: { $0.contains(m.position) }) else { return .none }
            home.menu.select(i)
            return .report(.open(HomeEntry.allCases[i]))
        case .help: return .report(.help)
        case .quit: return .report(.quit)
        case .switchLanguage: return .report(.switchLanguage)
        case .search: return .report(.search)
        }
    }
}
