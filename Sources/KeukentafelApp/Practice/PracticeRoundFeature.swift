import Foundation
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary
import TerminalUI

/// After a practice round: an observer scores it on the checklist (or it is skipped),
/// then the feedback, then the trainee's progress over their rounds.
enum PracticeRoundFeature: ScreenFeature {
    typealias State = PracticeRoundState

    enum Intent: Sendable {
        case move(Int)
        case score(Int)
        case setScore(Int)
        case type(KeyPress)
        case paste(String)
        case save
        case skip
        case progress
        case back
        case committed(FamilyRecord)
        case saveFailed(String)
    }

    enum Outcome: Equatable { case home }

    /// Scoring: ↑↓ an item, ←→ or 0 1 2 its score, typing the observer's name.
    static let scoringKeys = KeyTable<Intent>([
        KeyBinding(
            "↑ ↓", .practiceRound(.helpItem), hints: [KeyHint(.practiceRound(.hintItem), order: 0, key: "↑↓")],
            match: { press in
                guard press.modifiers.isEmpty else { return nil }
                return press.key == .up ? .move(-1) : press.key == .down ? .move(1) : nil
            }),
        KeyBinding(
            "← →  0 1 2", .practiceRound(.helpScore), hints: [KeyHint(.practiceRound(.hintScore), order: 1, key: "0 1 2")],
            match: { press in
                guard press.modifiers.isEmpty else { return nil }
                switch press.key {
                case .left: return .score(-1)
                case .right: return .score(1)
                case .character("0"): return .setScore(0)
                case .character("1"): return .setScore(1)
                case .character("2"): return .setScore(2)
                default: return nil
                }
            }),
        .documented("a-z …", .practiceRound(.helpObserverName)),
        KeyBinding(
            "Enter", .practiceRound(.helpSaveScores), hints: [KeyHint(.practiceRound(.hintSave), order: 2)], on: [Keys.enter], .save),
        KeyBinding("Esc", .practiceRound(.helpSkip), hints: [KeyHint(.practiceRound(.hintSkip), order: 3)], on: [Keys.escape], .skip),
        .documented("F1", .common(.helpHelp), hints: [KeyHint(.common(.hintHelp), order: 4)]),
        .interrupt,
    ])

    /// Feedback and progress.
    static let keys = KeyTable<Intent>([
        KeyBinding(
            "↑ ↓", .practiceRound(.helpMeasure), hints: [KeyHint(.common(.hintChoose), order: 0, key: "↑↓")],
            match: { press in
                guard press.modifiers.isEmpty else { return nil }
                return press.key == .up ? .move(-1) : press.key == .down ? .move(1) : nil
            }),
        KeyBinding(
            "v", .practiceRound(.helpProgress), hints: [KeyHint(.practiceRound(.hintProgress), order: 1)], on: Keys.letter("v"),
            .progress),
        KeyBinding("Esc", .practiceRound(.helpDone), hints: [KeyHint(.common(.hintBack), order: 2)], on: [Keys.escape], .back),
        .documented("F1", .common(.helpHelp), hints: [KeyHint(.common(.hintHelp), order: 3)]),
        .interrupt,
    ])

    static func intent(for event: InputEvent, _ s: PracticeRoundState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .paste(let text): return s.stage == .observer ? .paste(text) : nil
        case .key(let press):
            if s.stage == .observer { return scoringKeys.intent(for: press) ?? .type(press) }
            return keys.intent(for: press)
        default: return nil
        }
    }

    static func reduce(_ s: inout PracticeRoundState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        let checklist = context.prompts.observerChecklist
        switch intent {
        case .move(let delta):
            switch s.stage {
            case .observer: s.item = max(0, min(checklist.count - 1, s.item + delta))
            case .feedback: s.scroll = max(0, s.scroll + delta)
            case .progress: s.measure = max(0, min(max(0, progressSeries(s, context.prompts).count - 1), s.measure + delta))
            }
        case .score(let delta):
            guard checklist.indices.contains(s.item) else { break }
            let id = checklist[s.item].id
            s.scores[id] = max(0, min(2, (s.scores[id] ?? (delta > 0 ? -1 : 1)) + delta))
        case .setScore(let value):
            guard checklist.indices.contains(s.item) else { break }
            s.scores[checklist[s.item].id] = value
            s.item = min(checklist.count - 1, s.item + 1)
        case .type(let press):
            guard !s.saving else { break }
            _ = s.observerName.handle(press)
        case .paste(let text):
            return .pasted(s.observerName.insert(text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")), into: s.observerName)
        case .save:
            guard s.stage == .observer, !s.saving else { break }
            let name = s.observerName.text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                s.status = .practiceRound(.observerNameNeeded)
                break
            }
            guard !s.scores.isEmpty else {
                s.status = .practiceRound(.scoresNeeded)
                break
            }
            s.saving = true
            let scored = EventPayload.ObserverScored(observer: name, scores: s.scores)
            return .run([.append(context.env.events(family: s.family, session: s.session, [.observerScored(scored)]))])
        case .committed:
            guard s.saving else { break }
            s.saving = false
            s.recordScores(ObserverScores(observer: s.observerName.text.trimmingCharacters(in: .whitespaces), scores: s.scores))
            s.stage = .feedback
            s.status = nil
        case .saveFailed(let detail):
            s.saving = false
            s.status = .practiceRoundFormat(.notSaved(detail))
        case .skip:
            guard !s.saving else { break }
            s.stage = .feedback
            s.status = nil
        case .progress:
            s.stage = s.stage == .progress ? .feedback : .progress
        case .back:
            if s.stage == .progress {
                s.stage = .feedback
            } else {
                return .report(.home)
            }
        }
        return .none
    }

    /// The measures with at least one value over the rounds, in the order of the levels file.
    static func progressSeries(_ s: PracticeRoundState, _ catalog: PromptCatalog) -> [PracticeProgress.Series] {
        PracticeProgress(s.rounds, catalog: catalog).series.filter { $0.values.contains { $0 != nil } }
    }
}
