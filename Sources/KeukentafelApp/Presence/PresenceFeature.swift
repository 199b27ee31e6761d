import Foundation
import KeukentafelDomain
import TerminalUI

/// Choosing who is present before a session starts.
public struct PresenceState: Equatable, Sendable {
    public var record: FamilyRecord
    public var list: ScrollList
    public var present: Set<UUID>
    public init(record: FamilyRecord) {
        self.record = record
        list = ScrollList(count: record.members.count)
        present = Set(record.members.map(\.id))
    }

    mutating func toggle(_ index: Int) {
        guard record.members.indices.contains(index) else { return }
        let id = record.members[index].id
        if present.contains(id) { present.remove(id) } else { present.insert(id) }
    }
}

/// Who is present: Space or a member's number toggles, Enter starts the session.
enum PresenceFeature: ScreenFeature {
    enum Intent: Sendable {
        case move(KeyPress)
        case toggleSelected
        case toggleNumber(Int)
        case start
        case back
    }

    enum Outcome: Equatable {
        case back
    }

    static let keys = KeyTable<Intent>([
        .moveInList(hintOrder: 0) { .move($0) },
        KeyBinding(
            "Space", .familyList(.presenceHint), hints: [KeyHint(.familyList(.presenceHint), order: 1)], on: [.char(" ")], .toggleSelected),
        KeyBinding(
            "1 … 9", .familyList(.presenceHint),
            match: { press in
                guard press.modifiers.isEmpty, case .character(let c) = press.key, let n = c.wholeNumberValue, n >= 1 else { return nil }
                return .toggleNumber(n)
            }),
        KeyBinding("Enter", .common(.helpOpen), hints: [KeyHint(.common(.hintOpen), order: 2)], on: [Keys.enter], .start),
        .back(hintOrder: 3, .back),
        .interrupt,
    ])

    static func reduce(_ p: inout PresenceState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .move(let press):
            _ = p.list.handle(press, pageSize: max(1, context.terminalSize.height - 8))
        case .toggleSelected:
            p.toggle(p.list.selected)
        case .toggleNumber(let n):
            p.toggle(n - 1)
        case .start:
            let present = p.record.members.map(\.id).filter { p.present.contains($0) }
            return .run([.startSession(SessionEvents.start(p.record, present: present, context.env))])
        case .back:
            return .report(.back)
        }
        return .none
    }
}
