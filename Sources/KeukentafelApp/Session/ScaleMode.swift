import Foundation
import KeukentafelDomain
import TerminalUI

/// A scale (F9): the topic in the family's words, then one key per present person.
enum ScaleMode {
    typealias Outcome = SessionFeature.Outcome

    /// F9: the topic line, with the kind the card on screen suggests.
    static func start(_ s: inout SessionState, _ context: ScreenContext) {
        switch s.currentPrompt(context.prompts, context.language)?.technique {
        case .safetyScale?, .signsOfSafety?: s.scaleKind = .safety
        case .burdenScale?: s.scaleKind = .burden
        default: s.scaleKind = s.phase == .questions ? .burden : .goal
        }
        s.takeLine(for: .scaleTopic)
    }

    /// Tab on the topic line: the next kind, so 0 and 10 mean what the family means.
    static func cycleKind(_ s: inout SessionState) {
        let all = ScaleKind.allCases
        s.scaleKind = all[((all.firstIndex(of: s.scaleKind) ?? 0) + 1) % all.count]
    }

    /// Enter on the topic: an empty line or a known topic goes on with that scale.
    static func submitTopic(_ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        let topic = s.editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if topic.isEmpty {
            guard let previous = s.record.scales.last else { return .none }
            s.editor.setText("")
            s.mode = .scaleValues(scale: previous.id, index: 0)
            return .none
        }
        if let same = s.record.scales.last(where: { foldedForMatching($0.topic) == foldedForMatching(topic) }) {
            s.editor.setText("")
            s.mode = .scaleValues(scale: same.id, index: 0)
            return .none
        }
        return SessionFeature.append(&s, [.scaleDefined(.init(scaleID: context.env.newID(), topic: topic, kind: s.scaleKind))], context)
    }

    /// 0–9 or t (10) sets the value; space skips; Esc or Enter stops.
    static func valueKey(_ press: KeyPress, scale: UUID, index: Int, _ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        let present = s.present
        guard case .character(let c) = press.key, press.modifiers.isEmpty else {
            if press.key == .escape || press.key == .enter { s.returnToCapture() }
            return .none
        }
        guard let answer = ScaleKey.answer(c) else { return .none }
        let value = answer.value
        if index + 1 < present.count { s.mode = .scaleValues(scale: scale, index: index + 1) } else { s.returnToCapture() }
        guard let value, present.indices.contains(index) else { return .none }
        let reading = EventPayload.scaleValueSet(.init(scaleID: scale, memberID: present[index].id, value: value))
        return SessionFeature.append(&s, [reading], context, awaitingSave: false)
    }
}

/// One key for a number from 0 to 10, as on every scale and rating: `0`–`9`, `t` for 10,
/// and space to skip (no number).
enum ScaleKey {
    struct Answer: Equatable {
        var value: Int?
    }

    /// The answer a character gives, or nil for a key that is none of these.
    static func answer(_ c: Character) -> Answer? {
        switch c {
        case "t", "T": return Answer(value: 10)
        case " ": return Answer(value: nil)
        default: return c.wholeNumberValue.map { Answer(value: $0) }
        }
    }
}
