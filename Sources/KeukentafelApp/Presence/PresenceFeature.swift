import Foundation
import KeukentafelDomain
import TerminalUI

/// Choosing who is present: before a session starts, or during one (someone arrives late).
/// Members can be added, renamed and marked as living elsewhere here at any time.
public struct PresenceState: Equatable, Sendable {
    /// What the keys are doing: choosing, or typing a name.
    public enum Editing: Equatable, Sendable {
        case none
        /// A new member: "Noor (9)".
        case adding
        /// A new name for this member.
        case renaming(UUID)
    }

    public var record: FamilyRecord
    public var list: ScrollList
    public var present: Set<UUID>
    /// Opened from a live session (Alt-H): Enter goes back to it instead of starting one.
    public var midSession: Bool
    public var editing: Editing = .none
    public var editor = LineEditor()

    public init(record: FamilyRecord, present: Set<UUID>? = nil, midSession: Bool = false) {
        self.record = record
        list = ScrollList(count: record.members.count)
        self.present = present ?? Set(record.members.map(\.id))
        self.midSession = midSession
    }

    mutating func toggle(_ index: Int) {
        guard record.members.indices.contains(index) else { return }
        let id = record.members[index].id
        if present.contains(id) { present.remove(id) } else { present.insert(id) }
    }

    /// The present members in the family's order (their numbers on the live screen).
    var presentInOrder: [UUID] { record.members.map(\.id).filter { present.contains($0) } }
}

/// Who is present: Space or a member's number toggles, Enter starts the session (or goes
/// back to it); `a` adds a member, `r` renames one, `h` marks them as living elsewhere.
enum PresenceFeature: ScreenFeature {
    enum Intent: Sendable {
        case move(KeyPress)
        case toggleSelected
        case toggleNumber(Int)
        case start
        case back
        case add, rename, toggleHome
        /// A key while typing a name.
        case edit(KeyPress)
        case paste(String)
        /// The store committed (a member added or changed): the newest record.
        case committed(FamilyRecord)
    }

    enum Outcome: Equatable {
        case back
        /// Back to the live session with these present (opened with Alt-H).
        case presenceChosen([UUID])
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
        KeyBinding("a", .familyList(.helpAddMember), hints: [KeyHint(.familyList(.hintAddMember), order: 2)], on: Keys.letter("a"), .add),
        KeyBinding("r", .familyList(.helpRenameMember), on: Keys.letter("r"), .rename),
        KeyBinding("h", .familyList(.helpLivesElsewhere), on: Keys.letter("h"), .toggleHome),
        KeyBinding("Enter", .common(.helpOpen), hints: [KeyHint(.common(.hintOpen), order: 3)], on: [Keys.enter], .start),
        .back(hintOrder: 4, .back),
        .interrupt,
    ])

    static func intent(for event: InputEvent, _ state: PresenceState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .key(let press) where state.editing != .none: return .edit(press)
        case .key(let press): return keys.intent(for: press)
        case .paste(let text) where state.editing != .none: return .paste(text)
        default: return nil
        }
    }

    static func reduce(_ p: inout PresenceState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .move(let press):
            _ = p.list.handle(press, pageSize: max(1, context.terminalSize.height - 8))
        case .toggleSelected:
            p.toggle(p.list.selected)
        case .toggleNumber(let n):
            p.toggle(n - 1)
        case .start:
            if p.midSession { return .report(.presenceChosen(p.presentInOrder)) }
            return .run([.startSession(SessionEvents.start(p.record, present: p.presentInOrder, context.env))])
        case .back:
            return .report(.back)
        case .add:
            p.editing = .adding
            p.editor.setText("")
        case .rename:
            guard p.record.members.indices.contains(p.list.selected) else { return .none }
            let member = p.record.members[p.list.selected]
            p.editing = .renaming(member.id)
            p.editor.setText(member.name)
        case .toggleHome:
            guard p.record.members.indices.contains(p.list.selected) else { return .none }
            let member = p.record.members[p.list.selected]
            return append(p, [.memberChanged(.init(memberID: member.id, livesElsewhere: !member.livesElsewhere))], context)
        case .paste(let text):
            return .pasted(p.editor.insert(MemberList.normaliseSpaces(text)), into: p.editor)
        case .edit(let press):
            return edit(press, &p, context)
        case .committed(let record):
            let known = Set(p.record.members.map(\.id))
            p.record = record
            p.list.setCount(record.members.count)
            // Someone just added is here: that is why they were added.
            for m in record.members where !known.contains(m.id) {
                p.present.insert(m.id)
                p.list.select(record.members.count - 1)
            }
        }
        return .none
    }

    private static func edit(_ press: KeyPress, _ p: inout PresenceState, _ context: ScreenContext) -> Step<Outcome> {
        switch press.key {
        case .escape:
            p.editing = .none
            p.editor.setText("")
        case .enter:
            let typed = p.editor.text
            let editing = p.editing
            p.editing = .none
            p.editor.setText("")
            let year = Calendar(identifier: .gregorian).component(.year, from: context.env.now())
            switch editing {
            case .adding:
                let added = MemberList.parse(typed, year: year)
                guard !added.isEmpty else { return .none }
                let payloads: [EventPayload] = added.map {
                    .memberAdded(.init(memberID: context.env.newID(), name: $0.name, role: $0.role, birthYear: $0.birthYear))
                }
                return append(p, payloads, context)
            case .renaming(let id):
                guard let typedMember = MemberList.parse(typed, year: year).first, let member = p.record.member(id),
                    typedMember.name != member.name || typedMember.birthYear != nil
                else { return .none }
                return append(
                    p, [.memberChanged(.init(memberID: id, name: typedMember.name, birthYear: typedMember.birthYear))], context)
            case .none:
                break
            }
        default:
            _ = p.editor.handle(press)
        }
        return .none
    }

    /// Family-level events (no session): members belong to the family, not to one talk.
    private static func append(_ p: PresenceState, _ payloads: [EventPayload], _ context: ScreenContext) -> Step<Outcome> {
        .run([.append(context.env.events(family: p.record.familyID, session: nil, payloads))])
    }
}
