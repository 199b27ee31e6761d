import TerminalUI

/// Choosing a family to open.
public struct FamilyListState: Equatable, Sendable {
    public var list: ScrollList
    public init(count: Int) { list = ScrollList(count: count) }
}

/// The family list: choose a family, Enter opens it (the store reads and logs it).
enum FamilyListFeature: ScreenFeature {
    enum Intent: Sendable {
        case move(KeyPress)
        case open
        case back
    }

    enum Outcome: Equatable {
        case back
    }

    static let keys = KeyTable<Intent>([
        .moveInList(hintOrder: 0) { .move($0) },
        KeyBinding("Enter", .common(.helpOpen), hints: [KeyHint(.common(.hintOpen), order: 1)], on: [Keys.enter], .open),
        .back(hintOrder: 2, .back),
        .interrupt,
    ])

    static func reduce(_ s: inout FamilyListState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .move(let press):
            _ = s.list.handle(press, pageSize: max(1, context.terminalSize.height - 6))
            return .none
        case .open:
            guard context.families.indices.contains(s.list.selected) else { return .none }
            return .run([.openFamily(context.families[s.list.selected].id)])
        case .back:
            return .report(.back)
        }
    }
}
