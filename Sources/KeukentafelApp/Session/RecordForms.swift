import Foundation
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// The kinds of structured record the live screen can capture besides words (F11).
public enum RecordKind: Int, CaseIterable, Sendable {
    case agreement, appointment, option, preference, decision, safety, instrument, timeline

    /// The kind that fits the question on the card, so F11 and Enter usually suffice.
    public static func suggested(for technique: Technique?) -> RecordKind {
        switch technique {
        case .options?: return .option
        case .preferences?: return .preference
        case .decision?, .participationLadder?: return .decision
        case .signsOfSafety?, .safetyScale?: return .safety
        default: return .agreement
        }
    }
}

/// A structured record being filled in: first the kind (a list), then its form.
public struct RecordDraft: Equatable, Sendable {
    public var kind: RecordKind
    public var choosing: Bool
    public var menu: ScrollList
    public var form: Form

    public init(suggested: RecordKind, language: Language) {
        kind = suggested
        choosing = true
        menu = ScrollList(count: RecordKind.allCases.count, selected: suggested.rawValue)
        form = RecordForms.form(suggested, language)
    }
}

/// Forms and the events they produce.
enum RecordForms {
    static func form(_ kind: RecordKind, _ language: Language) -> Form {
        let t = { (x: UIText) in x.text(language) }
        switch kind {
        case .agreement:
            return Form([Form.Field(label: t(.fieldWho)), Form.Field(label: t(.fieldWhat)), Form.Field(label: t(.fieldByWhen))])
        case .appointment:
            return Form([Form.Field(label: t(.fieldWhen), placeholder: t(.appointmentExample)), Form.Field(label: t(.fieldWhere))])
        case .option:
            return Form([Form.Field(label: t(.fieldOption)), Form.Field(label: t(.fieldPros), placeholder: t(.commaSeparated)),
                         Form.Field(label: t(.fieldCons), placeholder: t(.commaSeparated))])
        case .preference:
            return Form([Form.Field(label: t(.fieldOptionNumber), placeholder: "1")])
        case .decision:
            return Form([Form.Field(label: t(.fieldDecision)), Form.Field(label: t(.fieldDecidedBy)),
                         Form.Field(label: t(.fieldLadder), placeholder: "1–5"), Form.Field(label: t(.fieldDisagreement))])
        case .safety:
            return Form([Form.Field(label: t(.fieldColumn), placeholder: t(.columnChoices)),
                         Form.Field(label: t(.fieldPerspective), placeholder: t(.perspectiveChoices)),
                         Form.Field(label: t(.fieldTheirWords))])
        case .instrument:
            return Form([Form.Field(label: t(.fieldInstrument), placeholder: "SDQ, ZRM, ETM…"), Form.Field(label: t(.fieldDate), placeholder: "2026-11-23"),
                         Form.Field(label: t(.fieldScores), placeholder: t(.scoresExample))])
        case .timeline:
            return Form([Form.Field(label: t(.fieldWhen), placeholder: "2019"), Form.Field(label: t(.fieldWhatHappened))])
        }
    }

    /// The payloads for a filled-in form, or the field index and message of the first problem.
    static func payloads(_ kind: RecordKind, _ f: Form, _ s: SessionState) -> Result<[EventPayload], FormProblem> {
        func v(_ i: Int) -> String { f.value(i).trimmingCharacters(in: .whitespacesAndNewlines) }
        func list(_ i: Int) -> [String] { v(i).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        func required(_ i: Int) -> FormProblem? { v(i).isEmpty ? FormProblem(field: i, message: .errorRequired) : nil }
        switch kind {
        case .agreement:
            if let p = required(0) ?? required(1) { return .failure(p) }
            return .success([.agreementMade(.init(agreementID: UUID(), who: v(0), what: v(1), byWhen: v(2).isEmpty ? nil : v(2)))])
        case .appointment:
            if let p = required(0) { return .failure(p) }
            return .success([.appointmentSet(.init(when: v(0), place: v(1).isEmpty ? nil : v(1)))])
        case .option:
            if let p = required(0) { return .failure(p) }
            return .success([.optionAdded(.init(optionID: UUID(), text: v(0), pros: list(1), cons: list(2)))])
        case .preference:
            guard let n = Int(v(0)), s.record.options.indices.contains(n - 1) else {
                return .failure(FormProblem(field: 0, message: .errorOptionNumber(s.record.options.count)))
            }
            guard case .member(let member) = s.speaker else { return .failure(FormProblem(field: 0, message: .errorPreferenceSpeaker)) }
            let words = s.transcript.last { $0.speaker == member && !$0.retracted }
            return .success([.preferenceRecorded(.init(optionID: s.record.options[n - 1].optionID, memberID: member, entryID: words?.id))])
        case .decision:
            if let p = required(0) { return .failure(p) }
            guard let level = Int(v(2)), (1...5).contains(level) else { return .failure(FormProblem(field: 2, message: .errorLadder)) }
            return .success([.decisionRecorded(.init(decisionID: UUID(), text: v(0), decidedBy: list(1), ladderLevel: level,
                                                     disagreement: v(3).isEmpty ? nil : v(3)))])
        case .safety:
            guard let c = Int(v(0)), SafetyColumn.allCases.indices.contains(c - 1) else { return .failure(FormProblem(field: 0, message: .errorChoice(3))) }
            guard let p = Int(v(1)), SafetyPerspective.allCases.indices.contains(p - 1) else { return .failure(FormProblem(field: 1, message: .errorChoice(4))) }
            if let problem = required(2) { return .failure(problem) }
            let entry = UUID()
            // The words are the family's (or the worker's, for the professionals' view).
            let words: EventPayload
            switch s.speaker {
            case .member(let id): words = .utteranceRecorded(.init(entryID: entry, speaker: id, text: f.value(2)))
            case .worker: words = .noteRecorded(.init(entryID: entry, text: f.value(2)))
            }
            return .success([words, .safetyMapEntry(.init(entryID: entry, column: SafetyColumn.allCases[c - 1],
                                                          perspective: SafetyPerspective.allCases[p - 1]))])
        case .instrument:
            if let p = required(0) ?? required(2) { return .failure(p) }
            var scores: [String: String] = [:]
            for part in list(2) {
                let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard kv.count == 2, !kv[0].isEmpty, !kv[1].isEmpty else { return .failure(FormProblem(field: 2, message: .errorScores)) }
                scores[kv[0]] = kv[1]
            }
            return .success([.instrumentScored(.init(instrument: v(0), date: v(1), scores: scores))])
        case .timeline:
            if let p = required(0) ?? required(1) { return .failure(p) }
            let present = s.present.map(\.id)
            return .success([.timelineEventAdded(.init(itemID: UUID(), when: v(0), text: v(1), memberIDs: present))])
        }
    }
}

/// Why a form cannot be saved yet.
struct FormProblem: Error, Equatable {
    var field: Int
    var message: UIText
}
