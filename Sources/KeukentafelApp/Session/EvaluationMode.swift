import Foundation
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// Where the evaluation is: whose turn, which of their items, and everyone's answers so far.
public struct EvaluationProgress: Equatable, Sendable {
    /// Whose turn: an index into `Evaluation.respondents` (the present members in order).
    public var person: Int
    /// Which item of theirs.
    public var item: Int
    /// The answers per person (by index), by item id; a skipped item has none.
    public var answers: [Int: [String: Int]]
    /// The low ratings, worked out when the last person answered, for the notice after closing.
    var flagged: [Evaluation.LowRating] = []

    public init(person: Int = 0, item: Int = 0, answers: [Int: [String: Int]] = [:]) {
        self.person = person
        self.item = item
        self.answers = answers
    }
}

/// The evaluation at the close of a session: each present person rates the conversation in
/// turn, in words that fit them; low ratings are for the worker, never for the family.
public enum Evaluation {
    /// A rating at or below the organisation's threshold, in words for the worker.
    public struct LowRating: Equatable, Sendable {
        public var name: String
        public var item: String
        public var value: Int
    }

    /// The evaluation items, from `Prompts/` (ids starting with `evaluation-item-`).
    public static func items(_ catalog: PromptCatalog, _ language: Language) -> [Prompt] {
        (catalog.prompts[language] ?? []).filter { $0.id.hasPrefix("evaluation-item-") }.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    /// Who answers, in turn: the present members; when no one is marked present, the family as one (nil).
    public static func respondents(_ s: SessionState) -> [FamilyRecord.Member?] {
        let present = s.present
        return present.isEmpty ? [nil] : present
    }

    /// The wording a person hears: a child's (role child, or younger than 12 in `year`), a
    /// young person's (role adolescent), else everyone's.
    public static func audience(for member: FamilyRecord.Member?, year: Int) -> Audience {
        guard let member else { return .everyone }
        if member.role == .child { return .child }
        if let born = member.birthYear, year - born < 12 { return .child }
        return member.role == .adolescent ? .adolescent : .everyone
    }

    /// The ratings at or below `threshold`, person by person, item by item.
    static func lowRatings(
        _ p: EvaluationProgress, _ people: [FamilyRecord.Member?], _ items: [Prompt], threshold: Int, _ language: Language
    ) -> [LowRating] {
        people.indices.flatMap { i -> [LowRating] in
            let name = people[i]?.name ?? UIText.session(.evaluationFamily).text(language)
            return items.compactMap { item in
                guard let value = p.answers[i]?[item.id], value <= threshold else { return nil }
                return LowRating(name: name, item: item.wording(for: .everyone), value: value)
            }
        }
    }

    /// The lines the closed notice adds for the worker: nothing when no rating was low.
    static func noticeLines(_ low: [LowRating], _ language: Language) -> String {
        guard !low.isEmpty else { return "" }
        let lines = low.map { "- " + UIText.sessionFormat(.lowRating($0.name, $0.item, $0.value)).text(language) }
        return "\n\n" + ([UIText.session(.lowRatingsIntro).text(language)] + lines).joined(separator: "\n")
    }
}

/// The keys of the evaluation: 0–9 or t (10) answers, space skips, Esc goes back a step;
/// after the last person's last item, one event per person who answered, and the session ends.
enum EvaluationMode {
    typealias Outcome = SessionFeature.Outcome

    static func key(_ press: KeyPress, _ progress: EvaluationProgress, _ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        let items = Evaluation.items(context.prompts, context.language)
        let people = Evaluation.respondents(s)
        var p = progress
        if press.key == .escape {
            if p.item > 0 {
                p.item -= 1
            } else if p.person > 0 {
                p.person -= 1
                p.item = max(0, items.count - 1)
            } else {
                s.mode = .closing
                return .none
            }
            s.mode = .evaluation(p)
            return .none
        }
        // Done: the end is on its way to the store (Esc steps back if it failed).
        guard p.person < people.count, case .character(let c) = press.key, press.modifiers.isEmpty else { return .none }
        guard let answer = ScaleKey.answer(c) else { return .none }
        let value = answer.value
        // Setting nil removes an answer given before stepping back: skipped is skipped.
        if items.indices.contains(p.item) { p.answers[p.person, default: [:]][items[p.item].id] = value }
        p.item += 1
        if p.item >= items.count {
            p.item = 0
            p.person += 1
        }
        guard p.person >= people.count else {
            s.mode = .evaluation(p)
            return .none
        }
        p.flagged = Evaluation.lowRatings(p, people, items, threshold: context.prompts.evaluationLowScore, context.language)
        s.mode = .evaluation(p)
        let recorded: [EventPayload] = people.indices.compactMap { i in
            guard let ratings = p.answers[i], !ratings.isEmpty else { return nil }
            return .evaluationRecorded(.init(ratings: ratings, memberID: people[i]?.id))
        }
        return SessionFeature.append(&s, recorded + [.sessionEnded(.init())], context)
    }

    /// The low ratings of a finished evaluation, for the closed notice.
    static func flagged(_ s: SessionState) -> [Evaluation.LowRating] {
        if case .evaluation(let p) = s.mode { return p.flagged }
        return []
    }
}
