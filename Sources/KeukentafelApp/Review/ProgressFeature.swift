import KeukentafelDomain
import TerminalUI

/// A family over time, for the supervisor: a chart per scale, then evaluation and
/// instrument trends and the goals; ↑↓ and PgUp/PgDn scroll, Esc goes back.
enum ProgressFeature: ScreenFeature {
    typealias State = ProgressState

    enum Intent: Sendable {
        case scroll(KeyPress)
        case back
    }

    enum Outcome: Equatable {
        case back
    }

    static let keys = KeyTable<Intent>([
        KeyBinding(
            "↑ ↓  PgUp PgDn", .progress(.helpScroll), hints: [KeyHint(.progress(.hintScroll), order: 0, key: "↑↓")],
            match: { Keys.movesList($0) ? .scroll($0) : nil }),
        .back(.progress(.helpBack), hintOrder: 1, .back),
        .documented("F1", .common(.helpHelp), hints: [KeyHint(.common(.hintHelp), order: 2)]),
        .interrupt,
    ])

    static func intent(for event: InputEvent, _ state: ProgressState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .key(let press): return keys.intent(for: press)
        // The wheel scrolls as the arrows do (with --mouse).
        case .mouse(let m) where m.kind == .scrollUp: return .scroll(KeyPress(.up))
        case .mouse(let m) where m.kind == .scrollDown: return .scroll(KeyPress(.down))
        default: return nil
        }
    }

    static func reduce(_ s: inout ProgressState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .back:
            return .report(.back)
        case .scroll(let press):
            let page = ProgressView.Page(s, context.language, size: context.terminalSize)
            s.top = page.scrolled(from: s.top, press)
        }
        return .none
    }
}
