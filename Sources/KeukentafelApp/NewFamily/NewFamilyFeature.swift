import Foundation
import KeukentafelDomain
import TerminalUI

/// The new-family form's state.
public struct NewFamilyState: Equatable, Sendable {
    /// The form's fields, by name rather than position.
    enum Field: Int, CaseIterable {
        case name, members
    }

    public var form: Form
    public init(language: Language) {
        form = Form([
            Form.Field(
                label: UIText.newFamily(.fieldFamilyName).text(language),
                placeholder: UIText.newFamily(.fieldFamilyNamePlaceholder).text(language)),
            Form.Field(
                label: UIText.newFamily(.fieldMembers).text(language),
                placeholder: UIText.newFamily(.fieldMembersPlaceholder).text(language)),
        ])
    }
    public var isBlank: Bool { form.fields.allSatisfy { $0.editor.isEmpty } }
}

/// The new-family form: a name or pseudonym and the members, comma-separated.
enum NewFamilyFeature: ScreenFeature {
    enum Intent: Sendable {
        case edit(KeyPress)
        case paste(String)
    }

    enum Outcome: Equatable {
        /// Back home: nothing was typed.
        case leave
        /// Something was typed: ask before throwing it away.
        case confirmDiscard
    }

    /// The form widget handles every key; the table documents them for F1 and hints.
    static let keys = KeyTable<Intent>([
        .documented("Tab  ↓", .newFamily(.helpNextField), hints: [KeyHint(.newFamily(.hintNext), order: 0, key: "Tab")]),
        .documented("Shift-Tab  ↑", .newFamily(.helpPreviousField)),
        .documented("Enter", .newFamily(.helpSubmit), hints: [KeyHint(.newFamily(.hintSave), order: 1)]),
        .documented("Esc", .newFamily(.helpCancelForm), hints: [KeyHint(.newFamily(.hintCancel), order: 2)]),
        .documented("Ctrl-A  Ctrl-E", .newFamily(.helpLineStartEnd)),
        .documented("Alt-B  Alt-F", .newFamily(.helpWordMove)),
        .documented("Ctrl-K  Ctrl-U", .newFamily(.helpKill)),
        .documented("Ctrl-W", .newFamily(.helpDeleteWord)),
        .documented(UIText.common(.hintPaste), .common(.helpPasteKeepsLines)),
        .documented("F1", .common(.helpHelp), hints: [KeyHint(.common(.hintHelp), order: 3)]),
        .interrupt,
    ])

    static func intent(for event: InputEvent, _ state: NewFamilyState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .key(let press): return .edit(press)
        case .paste(let text): return .paste(text)
        default: return nil
        }
    }

    static func reduce(_ screen: inout NewFamilyState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .paste(let text):
            return .pasted(screen.form.paste(text), into: screen.form.fields[screen.form.focus].editor)
        case .edit(let press):
            switch screen.form.handle(press) {
            case .submit: return submit(&screen, context)
            case .cancel: return .report(screen.isBlank ? .leave : .confirmDiscard)
            case .edited, .moved, .unhandled: return .none
            }
        }
    }

    private static func submit(_ screen: inout NewFamilyState, _ context: ScreenContext) -> Step<Outcome> {
        let name = normaliseSpaces(screen.form.value(NewFamilyState.Field.name.rawValue))
        guard !name.isEmpty else {
            screen.form.errors[NewFamilyState.Field.name.rawValue] = context.t(.newFamily(.errorNameRequired))
            screen.form.focus(NewFamilyState.Field.name.rawValue)
            return .none
        }
        let year = Calendar(identifier: .gregorian).component(.year, from: context.env.now())
        let members = MemberList.parse(screen.form.value(NewFamilyState.Field.members.rawValue), year: year)
        let family = context.env.newID()
        let payloads: [EventPayload] =
            [.familyCreated(.init(name: name))]
            + members.map { .memberAdded(.init(memberID: context.env.newID(), name: $0.name, role: $0.role, birthYear: $0.birthYear)) }
        return .run([.createFamily(context.env.events(family: family, session: nil, payloads))])
    }

    static func normaliseSpaces(_ s: String) -> String { MemberList.normaliseSpaces(s) }
}
