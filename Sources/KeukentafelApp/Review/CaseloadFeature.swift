import Foundation
import KeukentafelDomain
import MethodAnalysis
import TerminalUI

/// Every family at a glance, the entry to review: who needs attention first, when each
/// was last seen, their scales' latest change, low evaluations and safety concerns.
/// Enter opens the chosen family in review; Esc goes home.
enum CaseloadFeature: ScreenFeature {
    typealias State = CaseloadState

    enum Intent: Sendable {
        case move(KeyPress)
        case open
        case back
        case mouse(MouseEvent)
        /// The rows, computed from every family's record.
        case loaded([CaseloadRow])
    }

    enum Outcome: Equatable {
        case back
    }

    static let keys = KeyTable<Intent>([
        .moveInList(hintOrder: 0) { .move($0) },
        KeyBinding(
            "Enter", .caseload(.helpOpenFamily), hints: [KeyHint(.common(.hintOpen), order: 1)], on: [Keys.enter], .open),
        .back(.caseload(.helpBack), hintOrder: 2, .back),
        .documented("F1", .common(.helpHelp), hints: [KeyHint(.common(.hintHelp), order: 3)]),
        .interrupt,
    ])

    static func intent(for event: InputEvent, _ state: CaseloadState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .key(let press): return keys.intent(for: press)
        case .mouse(let m): return .mouse(m)
        default: return nil
        }
    }

    static func reduce(_ s: inout CaseloadState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .move(let press):
            _ = s.list.handle(press, pageSize: max(1, CaseloadView.Layout(size: context.terminalSize).list.height))
        case .open:
            // Review reads the family's whole log at the edge (and logs the look).
            if let row = s.selected { return .run([.openReview(family: row.familyID, session: nil, subject: nil)]) }
        case .back:
            return .report(.back)
        case .mouse(let m):
            guard !s.list.handleWheel(m.kind) else { break }
            let list = CaseloadView.Layout(size: context.terminalSize).list
            let window = s.list.window(height: list.height)
            if list.contains(m.position) {
                let i = window.lowerBound + m.position.y - list.y
                if window.contains(i) { s.list.select(i) }
            }
        case .loaded(let rows):
            s.show(rows)
        }
        return .none
    }
}
