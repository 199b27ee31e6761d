import Foundation
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// Practice: choose a case, let each player read their own role card in turn (the
/// laptop goes round; a card hides before the next player's shows), set the time box,
/// then start a practice session on the real live screen, kept apart from real families.
enum PracticeFeature: ScreenFeature {
    typealias State = PracticeState

    enum Intent: Sendable {
        case move(KeyPress)
        case next
        case back
        case longer, shorter
        case scroll(Int)
    }

    enum Outcome: Equatable {
        case back
        /// Store the practice family and start its session.
        case start([Event])
    }

    static let keys = KeyTable<Intent>([
        KeyBinding(
            "↑ ↓  PgUp PgDn", .practice(.helpMove), hints: [KeyHint(.common(.hintChoose), order: 0, key: "↑↓")],
            match: { Keys.movesList($0) ? .move($0) : nil }),
        KeyBinding("Enter", .practice(.helpNext), hints: [KeyHint(.practice(.hintNext), order: 1)], on: [Keys.enter], .next),
        KeyBinding(
            "+ -", .practice(.helpTimeBox), hints: [KeyHint(.practice(.hintTimeBox), order: 2)],
            match: { press in
                if press.key == .character("+") || press.key == .character("=") { return .longer }
                if press.key == .character("-") { return .shorter }
                return nil
            }),
        .back(hintOrder: 3, .back),
        .documented("F1", .common(.helpHelp), hints: [KeyHint(.common(.hintHelp), order: 4)]),
        .interrupt,
    ])

    static func reduce(_ s: inout PracticeState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        let cases = context.prompts.cases[context.language] ?? []
        switch intent {
        case .move(let press):
            if s.stage == .cases {
                _ = s.list.handle(press, pageSize: max(1, context.terminalSize.height - 8))
            } else {
                let page = max(1, context.terminalSize.height - 8)
                switch press.key {
                case .up: s.scroll = max(0, s.scroll - 1)
                case .down: s.scroll += 1
                case .pageUp: s.scroll = max(0, s.scroll - page)
                case .pageDown: s.scroll += page
                default: break
                }
            }
        case .scroll(let n):
            s.scroll = max(0, s.scroll + n)
        case .next:
            s.scroll = 0
            switch s.stage {
            case .cases:
                guard cases.indices.contains(s.list.selected) else { break }
                s.caseID = cases[s.list.selected].id
                s.stage = .intro
            case .intro:
                s.stage = .handOver(0)
            case .handOver(let i):
                s.stage = .card(i)
            case .card(let i):
                let count = s.chosen(context.prompts, context.language)?.members.count ?? 0
                s.stage = i + 1 < count ? .handOver(i + 1) : .ready
            case .ready:
                guard let roleCase = s.chosen(context.prompts, context.language) else { break }
                let year = Calendar(identifier: .gregorian).component(.year, from: context.env.now())
                let made = roleCase.practiceEvents(context.env, year: year, timeBox: s.timeBox)
                return .report(.start(made.events))
            }
        case .back:
            s.scroll = 0
            switch s.stage {
            case .cases: return .report(.back)
            case .intro: s.stage = .cases
            // A card that is showing hides first; back from a hand-over is the card before.
            case .card(let i): s.stage = .handOver(i)
            case .handOver(let i): s.stage = i == 0 ? .intro : .handOver(i - 1)
            case .ready:
                let count = s.chosen(context.prompts, context.language)?.members.count ?? 0
                s.stage = count > 0 ? .handOver(count - 1) : .intro
            }
        case .longer, .shorter:
            let boxes = PracticeState.timeBoxes
            let i = boxes.firstIndex { $0 >= s.timeBox } ?? boxes.count - 1
            s.timeBox = boxes[intent.isLonger ? min(boxes.count - 1, i + 1) : max(0, i - 1)]
        }
        return .none
    }
}

extension PracticeFeature.Intent {
    fileprivate var isLonger: Bool { if case .longer = self { true } else { false } }
}
